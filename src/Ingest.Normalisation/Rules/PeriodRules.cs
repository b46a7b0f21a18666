namespace Ingest.Normalisation;

/// <summary>Quarter words and month names (the <c>periods</c> section).</summary>
public sealed record PeriodRules
{
    public List<string> QuarterPrefixes { get; init; } = [];
    public Dictionary<string, int> QuarterWords { get; init; } = [];

    /// <summary>Words that make the financial year after them the whole year, whatever follows ("Annual 2016/17 (Q4)").</summary>
    public List<string> AnnualWords { get; init; } = [];

    /// <summary>Words that make a year label an academic year (September to August): "academic year 2021-22".</summary>
    public List<string> AcademicWords { get; init; } = [];

    /// <summary>Words before a month that make the twelve months ending with it: "rolling year to May 2023", "RY May 23".</summary>
    public List<string> RollingWords { get; init; } = [];

    /// <summary>Words for the financial year to date: "YTD Sep 23", or "YTD" alone in a document with a reporting period.</summary>
    public List<string> YearToDateWords { get; init; } = [];

    /// <summary>Words before a date that make it a snapshot: "as at 31 March 2024".</summary>
    public List<string> SnapshotWords { get; init; } = [];

    /// <summary>Twelve entries, January first; each holds that month's names.</summary>
    public List<List<string>> Months { get; init; } = [];
}
