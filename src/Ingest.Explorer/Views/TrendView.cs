namespace Ingest.Explorer.Views;

/// <summary>One council's series of one indicator, of one period type, in time order.</summary>
public sealed record TrendView(
    IndicatorHeading Indicator,
    string Council,
    string CouncilTitle,
    string PeriodType,
    IReadOnlyList<ValueCell> Points,
    IReadOnlyList<string> OtherPeriodTypes);
