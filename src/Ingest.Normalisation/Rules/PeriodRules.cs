namespace Ingest.Normalisation;

/// <summary>Quarter words and month names (the <c>periods</c> section).</summary>
public sealed record PeriodRules
{
    public List<string> QuarterPrefixes { get; init; } = [];
    public Dictionary<string, int> QuarterWords { get; init; } = [];

    /// <summary>Words that make the financial year after them the whole year, whatever follows ("Annual 2016/17 (Q4)").</summary>
    public List<string> AnnualWords { get; init; } = [];

    /// <summary>Twelve entries, January first; each holds that month's names.</summary>
    public List<List<string>> Months { get; init; } = [];
}
