namespace Ingest.Explorer.Views;

/// <summary>One row of the indicators list.</summary>
public sealed record IndicatorSummary(
    IndicatorHeading Indicator,
    IReadOnlyList<string> Councils,
    string FirstYear,
    string LastYear,
    int Observations,
    IReadOnlyList<string> PrintedNames);
