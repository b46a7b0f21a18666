using System.Text.RegularExpressions;
using Ingest.Core.Tables;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Headers;

/// <summary>Maps a header's text to a canonical field using the synonyms in headers.yaml.</summary>
public sealed class HeaderMatcher
{
    private readonly IReadOnlyList<(ColumnField Field, int Order, string Phrase, Regex Pattern)> _phrases;
    private readonly int _fuzzyThreshold;
    private readonly int _fuzzyMaxWords;

    public HeaderMatcher(HeaderRules rules)
    {
        _fuzzyThreshold = rules.FuzzyThreshold;
        _fuzzyMaxWords = rules.FuzzyMaxWords;
        var phrases = new List<(ColumnField, int, string, Regex)>();
        for (var i = 0; i < rules.Fields.Count; i++)
        {
            var entry = rules.Fields[i];
            if (!Enum.TryParse<ColumnField>(entry.Field.Replace("_", ""), ignoreCase: true, out var field))
                throw new InvalidDataException($"{HeaderRules.FileName}: unknown field '{entry.Field}'");
            foreach (var phrase in entry.Phrases)
            {
                // Whole words only, so "indicated" is not "indicator" and "rag" is not "drag".
                var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(TextNormaliser.Collapse(phrase)) + @"(?![\p{L}\p{N}])",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
                phrases.Add((field, i, phrase, pattern));
            }
        }
        _phrases = phrases;
    }

    /// <summary>
    /// The field whose longest phrase the header contains (ties: the field listed first), or Ignored.
    /// A header wrapped inside a narrow cell ("Do\nT", "Statu\ns", "Outtur\nn") is matched both as
    /// printed and with its line breaks joined without a space, since the break may fall inside a word.
    /// </summary>
    public ColumnField Match(string header)
    {
        var printed = TextNormaliser.Collapse(header);
        if (printed.Length == 0) return ColumnField.Ignored;
        var joined = header.Contains('\n') ? TextNormaliser.Collapse(LineBreak.Replace(header, "")) : null;
        return Phrase(printed) ?? (joined is null ? null : Phrase(joined))
               ?? Closest(printed) ?? (joined is null ? null : Closest(joined)) ?? ColumnField.Ignored;
    }

    private static readonly Regex LineBreak = new(@"[ \t]*\r?\n[ \t]*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private ColumnField? Phrase(string text) => _phrases
        .Where(p => p.Pattern.IsMatch(text))
        .OrderByDescending(p => p.Phrase.Length)
        .ThenBy(p => p.Order)
        .Select(p => (ColumnField?)p.Field)
        .FirstOrDefault();

    // Only short headers, and only a close match: a clipped "Sub-committe" is a sub-committee column,
    // but a long sentence that happens to resemble a phrase is not a header.
    private ColumnField? Closest(string text)
    {
        if (text.Split(' ').Length > _fuzzyMaxWords) return null;
        var lower = text.ToLowerInvariant();
        var best = _phrases
            .Select(p => (p.Field, p.Order, Score: FuzzySharp.Fuzz.Ratio(lower, p.Phrase.ToLowerInvariant())))
            .Where(p => p.Score >= _fuzzyThreshold)
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Order)
            .FirstOrDefault();
        return best.Score > 0 ? best.Field : null;
    }
}
