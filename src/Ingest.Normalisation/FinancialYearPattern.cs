using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Normalisation;

/// <summary>
/// The grammar of a financial-year label: "2023/24", "2023-24", "22/23", "2023/2024". The two years must be
/// consecutive, which is what separates "2019-20" from a range such as "10-17 year olds".
/// </summary>
internal static class FinancialYearPattern
{
    /// <summary>Pattern text with groups <c>y1</c> and <c>y2</c>, for embedding in larger patterns.</summary>
    public const string Text = @"(?<![\p{N}.,])(?<y1>(?:19|20)?\d{2})\s*[-/–]\s*(?<y2>(?:19|20)?\d{2})(?![\p{N}%]|[.,]\p{N})";

    private static readonly Regex Alone = new(Text, RuleRegex.Options, RuleRegex.Timeout);

    /// <summary>The starting calendar year of the label a match holds, or null when its years are not consecutive.</summary>
    public static int? StartYear(Match match)
    {
        var first = match.Groups["y1"];
        var second = match.Groups["y2"];
        if (!first.Success || !second.Success) return null;
        var start = FullYear(first.Value);
        var end = FullYear(second.Value, start);
        return end == start + 1 ? start : null;
    }

    /// <summary>Each financial-year label in the text, with where it is.</summary>
    public static IEnumerable<(int Index, int Length, int StartYear)> FindAll(string text)
    {
        foreach (Match m in Alone.Matches(text))
            if (StartYear(m) is { } year) yield return (m.Index, m.Length, year);
    }

    // A two-digit year is read in the century that makes it follow the first year ("1999/00" too);
    // a two-digit first year is taken as 19xx from 50 up, else 20xx.
    private static int FullYear(string digits, int? after = null)
    {
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4) return value;
        if (after is { } previous) return previous - previous % 100 + value + (value < previous % 100 ? 100 : 0);
        return value >= 50 ? 1900 + value : 2000 + value;
    }
}
