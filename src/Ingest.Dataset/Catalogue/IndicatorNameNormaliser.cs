using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Dataset.Catalogue;

/// <summary>
/// Reduces an indicator name to the words that carry its meaning, so that "% of Council Tax collected" and
/// "Percentage of council tax collected." compare equal: case, punctuation, the many spellings of "percent"
/// and "number of", stop words and a leading NI code do not make two indicators different.
/// </summary>
public static partial class IndicatorNameNormaliser
{
    private static readonly HashSet<string> StopWords =
        ["a", "an", "the", "of", "in", "on", "to", "for", "and", "by", "at", "who", "that", "which", "with", "are", "is", "be", "our"];

    public static string Normalise(string name)
    {
        var text = name.ToLowerInvariant()
            .Replace('’', '\'')
            .Replace("%age", " percent ", StringComparison.Ordinal)
            .Replace("%", " percent ", StringComparison.Ordinal)
            .Replace("&", " and ", StringComparison.Ordinal);
        text = NiCode().Replace(text, " ");
        text = NumberOf().Replace(text, " number ");
        var words = new List<string>();
        foreach (Match word in Word().Matches(text))
        {
            var w = word.Value switch
            {
                "percentage" or "proportion" or "pct" => "percent",
                "no" or "nos" or "numbers" or "total" => "number",
                _ => word.Value,
            };
            if (!StopWords.Contains(w)) words.Add(w);
        }
        // "number" alone adds nothing once "no. of"/"total no. of"/"number of" all read the same.
        var sb = new StringBuilder();
        foreach (var w in words.Where(w => w != "number"))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }

    /// <summary>The National Indicator code a name carries (<c>NI 155</c>, <c>NI155</c>, <c>NI-155</c>), as <c>NI 155</c>.</summary>
    public static string? NiCodeOf(string name)
    {
        var match = NiCode().Match(name.ToLowerInvariant());
        return match.Success ? "NI " + match.Groups["n"].Value + match.Groups["s"].Value : null;
    }

    [GeneratedRegex(@"\bni[\s\-]?(?<n>\d{1,3})(?<s>[a-z]?)\b")]
    private static partial Regex NiCode();

    [GeneratedRegex(@"\b(?:total\s+)?(?:no\.?|number|nos\.?)\s+of\b")]
    private static partial Regex NumberOf();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
