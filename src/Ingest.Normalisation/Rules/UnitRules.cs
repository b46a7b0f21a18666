namespace Ingest.Normalisation;

/// <summary>How a row's unit is inferred (the <c>units</c> section).</summary>
public sealed record UnitRules
{
    /// <summary>Tried in order; the first keyword found in the indicator name gives the unit.</summary>
    public List<UnitKeywordRule> NameKeywords { get; init; } = [];

    /// <summary>Share of numeric values carrying "%" above which a row is a percent row.</summary>
    public double PercentMajority { get; init; } = 0.5;
}

public sealed record UnitKeywordRule
{
    /// <summary>A unit name as written in the dataset (<c>days</c>, <c>rate</c>, ...).</summary>
    public string Unit { get; init; } = "";
    public List<string> Keywords { get; init; } = [];

    /// <summary>
    /// A weak keyword ("rate of") gives way when most of the row's values carry "%": councils call
    /// percentages rates ("Annual rate of overall absence": 6.0%).
    /// </summary>
    public bool YieldsToPercentValues { get; init; }
}
