namespace Ingest.Extraction.Rows;

public enum RowKind
{
    Indicator,
    Section,
    /// <summary>A note standing where indicators would ("Qualitative update only").</summary>
    Note,
    RepeatedHeader,
    Empty,
}
