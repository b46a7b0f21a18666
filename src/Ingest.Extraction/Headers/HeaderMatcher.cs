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
    private readonly ClippedHeaderRules _clipped;

    public HeaderMatcher(HeaderRules rules)
    {
        _fuzzyThreshold = rules.FuzzyThreshold;
        _fuzzyMaxWords = rules.FuzzyMaxWords;
        _clipped = rules.Clipped;
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
    /// printed and with its line breaks joined without a space, since the break may fall inside a word:
    /// each break alone as well as all of them, so that "Perfor\nmance\nQ4" is "Performance Q4", not
    /// "PerformanceQ4".
    /// </summary>
    public ColumnField Match(string header)
    {
        var printed = TextNormaliser.Collapse(header);
        if (printed.Length == 0) return ColumnField.Ignored;
        var joined = Joined(header).ToList();
        return Phrase(printed) ?? joined.Select(Phrase).FirstOrDefault(f => f is not null)
               ?? Closest(printed) ?? joined.Select(Closest).FirstOrDefault(f => f is not null) ?? Clipped(printed) ?? ColumnField.Ignored;
    }

    /// <summary>The header with one of its line breaks joined without a space, for each break, then with all joined.</summary>
    private static IEnumerable<string> Joined(string header)
    {
        var breaks = LineBreak.Matches(header);
        if (breaks.Count == 0) yield break;
        if (breaks.Count > 1)
            foreach (Match joint in breaks)
                yield return TextNormaliser.Collapse(header[..joint.Index] + header[(joint.Index + joint.Length)..]);
        yield return TextNormaliser.Collapse(LineBreak.Replace(header, ""));
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

    // A header word cut short: the first line of a wrapped "Outtu" / "rn" whose second line a scan lost, or a word
    // clipped by its cell ("Actua 1Q4 2018/19"). Long enough to be most of one word of the vocabulary, and of one
    // field's words only, in the header's only such word.
    private ColumnField? Clipped(string text)
    {
        var fields = text.Split(' ')
            .Where(word => word.Length >= _clipped.MinLetters && word.All(char.IsLetter))
            .SelectMany(word => _phrases.Where(p => !p.Phrase.Contains(' ') && p.Phrase.Length > word.Length
                                                   && word.Length >= _clipped.MinShare * p.Phrase.Length
                                                   && p.Phrase.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.Field)
            .Distinct()
            .ToList();
        return fields is [var field] ? field : null;
    }
}
