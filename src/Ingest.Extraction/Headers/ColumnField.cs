namespace Ingest.Extraction.Headers;

/// <summary>The canonical meaning of a table column.</summary>
public enum ColumnField
{
    Ignored,
    Indicator,
    Polarity,
    Benchmark,
    Target,
    Actual,
    Rag,
    Dot,
    DotYoy,
    Commentary,
    Owner,
    /// <summary>A grouping column (sub-committee, directorate) that gives the row's section.</summary>
    Section,
}
