namespace Ingest.Normalisation;

/// <summary>How numbers are read out of cells (the <c>numbers</c> section).</summary>
public sealed record NumberRules
{
    public List<string> PercentSigns { get; init; } = [];
    public List<string> CurrencySigns { get; init; } = [];
    public List<ScaleRule> Scales { get; init; } = [];

    /// <summary>Regexes of digit-bearing tokens that are not values; <c>{month}</c> stands for any month name.</summary>
    public List<string> IgnorePatterns { get; init; } = [];

    public string BareYearPattern { get; init; } = "";
    public double SeveralNumbersConfidence { get; init; } = 0.7;
    public double NoAgreeingNumberConfidence { get; init; } = 0.5;
}

/// <summary>A word after a number that multiplies it in a currency context ("£7m").</summary>
public sealed record ScaleRule
{
    public string Suffix { get; init; } = "";
    public decimal Factor { get; init; } = 1;
}
