using System.Text.RegularExpressions;

namespace Ingest.Dataset.Linking;

/// <summary>
/// The unit a name implies, in the catalogue's vocabulary (percent, rate, currency, weight, days, count),
/// or "" when the words do not say: "% within 20 days" is a percentage, not days.
/// </summary>
public static partial class UnitGuess
{
    public static string Of(string name)
    {
        var text = name.ToLowerInvariant();
        if (Percent().IsMatch(text)) return "percent";
        if (Rate().IsMatch(text)) return "rate";
        if (Currency().IsMatch(text)) return "currency";
        if (Weight().IsMatch(text)) return "weight";
        if (Days().IsMatch(text)) return "days";
        if (Count().IsMatch(text)) return "count";
        return "";
    }

    [GeneratedRegex(@"%|\bper\s?cent|\bpercentage\b|\bproportion\b|\bpct\b")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\bper\s+(?:1,?000|10,?000|100,?000|head|capita)\b|\brate\b")]
    private static partial Regex Rate();

    [GeneratedRegex(@"£|\bcost\b|\bspend\b|\b(?:income|savings?)\b")]
    private static partial Regex Currency();

    [GeneratedRegex(@"\bkg\b|\btonnes?\b|\bkilograms?\b")]
    private static partial Regex Weight();

    [GeneratedRegex(@"\b(?:average|avg\.?|mean)\b.*\bdays?\b|\(days\)|\bdays to\b|\bdays taken\b")]
    private static partial Regex Days();

    [GeneratedRegex(@"\b(?:number|no\.?|total|count)\b|\binstances\b")]
    private static partial Regex Count();
}
