using System.Text.RegularExpressions;

namespace Ingest.Dataset.Linking;

/// <summary>
/// The numbers a name states ("within 20 working days", "16-17 year olds", "per 1,000"), which tell apart
/// measures whose words are otherwise the same. Reference codes ("NI 192", "KPI 12:", a leading "3.1") are
/// labels, not part of the measure, so they are left out.
/// </summary>
public static partial class NumberPhrases
{
    public static IReadOnlySet<string> Of(string name)
    {
        var text = WithoutCodes(name.ToLowerInvariant());
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Number().Matches(text)) numbers.Add(m.Value.Replace(",", "", StringComparison.Ordinal));
        return numbers;
    }

    /// <summary>The name without its reference codes and leading numbering ("CP4.2 ", "[035] ", "KPI 20 - ").</summary>
    public static string WithoutCodes(string name)
    {
        var text = Code().Replace(name, " ");
        text = Bracketed().Replace(text, " ");
        return LeadingNumbering().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^\s*\[\s*[a-z]*\s*\d+[a-z]?\s*\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\b(?:ni|kpi|pi|bv|bvpi|ascof|cp|ref|lpi|oflog)\s*[-.:]?\s*\d+[a-z]?(?:\.\d+)?(?:\([0-9a-z]+\))?\s*[-:]?", RegexOptions.IgnoreCase)]
    private static partial Regex Code();

    [GeneratedRegex(@"^\s*\d+(?:(?:\.\d+)+[.:)]?|[.:)])\s+(?=[a-z%])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();
}
