using System.Text.RegularExpressions;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>
/// Finds any of a list of phrases as a whole: a phrase that starts (ends) with a letter must not have a
/// letter before (after) it, and likewise for digits, so "kg" matches in "118.4kg" and "(kg/household)"
/// but not in "background", and "per 1,000" does not match "per 1,0000". Glyphs ("▲", "£") match anywhere.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Regex? _pattern;

    public PhraseMatcher(IEnumerable<string> phrases, string section)
    {
        var parts = phrases.Select(TextNormaliser.Collapse).Where(p => p.Length > 0).Distinct()
            .OrderByDescending(p => p.Length).Select(Bounded).ToList();
        if (parts.Count > 0) _pattern = RuleRegex.Compile(string.Join("|", parts), section);
    }

    public bool IsMatch(string text) => _pattern is not null && _pattern.IsMatch(text);

    /// <summary>Index of the first occurrence, or -1.</summary>
    public int IndexIn(string text) => _pattern?.Match(text) is { Success: true } m ? m.Index : -1;

    private static string Bounded(string phrase) =>
        "(?:" + Before(phrase[0]) + RuleRegex.LiteralPhrase(phrase) + After(phrase[^1]) + ")";

    private static string Before(char first) =>
        char.IsLetter(first) ? @"(?<!\p{L})" : char.IsDigit(first) ? @"(?<![\p{N}.,])" : "";

    private static string After(char last) =>
        char.IsLetter(last) ? @"(?!\p{L})" : char.IsDigit(last) ? @"(?![\p{N}]|[.,]\p{N})" : "";
}
