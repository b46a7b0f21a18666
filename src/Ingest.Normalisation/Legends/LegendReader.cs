using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Normalisation.Legends;

/// <summary>
/// Reads the key a document prints for itself, in its running text, around its tables or in a small key
/// table: "Direction of travel: ↑ better than last quarter, ↓ worse" says arrows show performance;
/// "▲ value increased ▼ value decreased" says they show the number. Each arrow is described by the words
/// after it up to the next arrow (or before it, in "Improved ↑"), and a description of one glyph
/// describes every glyph that points the same way. A key that contradicts itself gives nothing.
/// </summary>
public sealed class LegendReader
{
    private readonly LegendVocabulary _vocabulary;
    private readonly DirectionVocabulary _direction;
    private readonly IReadOnlyList<string> _polarityPhrases;
    private readonly IReadOnlyList<(string Glyph, int Family)> _glyphs;
    private readonly IReadOnlyList<Regex> _amber;

    private const int Up = 0, Down = 1, Level = 2;

    public LegendReader(NormalisationRules rules)
    {
        _vocabulary = rules.Legend;
        _direction = rules.Direction;
        // "▲ higher is better" is a polarity key, not a direction of travel.
        _polarityPhrases = rules.Polarity.Higher.Concat(rules.Polarity.Lower).Where(p => p.Contains(' ', StringComparison.Ordinal)).ToList();
        _glyphs = _vocabulary.UpArrows.Select(g => (g, Up))
            .Concat(_vocabulary.DownArrows.Select(g => (g, Down)))
            .Concat(_vocabulary.LevelArrows.Select(g => (g, Level)))
            .OrderByDescending(g => g.Item1.Length)
            .ToList();
        _amber = _vocabulary.AmberWithin
            .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))
            .ToList();
    }

    public DocumentLegend Read(IEnumerable<string> texts)
    {
        var keys = texts.Where(t => t.Length > 0 && t.Length <= _vocabulary.MaxLength).ToList();
        var (amber, ragSource) = Amber(keys);
        return new DocumentLegend(Arrows(keys), amber, ragSource);
    }

    private ArrowLegend? Arrows(List<string> texts)
    {
        // Per family: the meanings the document gives it (performance better/worse/same, value up/down).
        var described = new Dictionary<int, HashSet<string>>();
        var sources = new List<string>();
        foreach (var text in texts)
        {
            var found = false;
            foreach (var (family, description) in Descriptions(text))
            {
                if (Classify(description) is not { } meaning) continue;
                if (!described.TryGetValue(family, out var set)) described[family] = set = [];
                set.Add(meaning);
                found = true;
            }
            if (found) sources.Add(text.Trim());
        }
        if (described.Count < 2) return Unmarked(texts);
        if (!described.ContainsKey(Up) && !described.ContainsKey(Down)) return null;
        if (described.Values.Any(s => s.Count > 1)) return null;
        var meanings = described.ToDictionary(d => d.Key, d => d.Value.Single());
        // A key giving one direction and no change ("▼ worse, ◄► no change") leaves the other direction the opposite.
        if (meanings.ContainsKey(Up) != meanings.ContainsKey(Down) && meanings.ContainsKey(Level))
        {
            var (known, missing) = meanings.ContainsKey(Up) ? (Up, Down) : (Down, Up);
            if (Opposite(meanings[known]) is { } opposite) meanings[missing] = opposite;
        }
        var performance = meanings.Values.Any(m => m is "better" or "worse");
        if (performance && meanings.Values.Any(m => m is "higher" or "lower")) return null;
        var up = new List<string>();
        var down = new List<string>();
        var same = new List<string>();
        foreach (var (family, meaning) in meanings)
        {
            var glyphs = _glyphs.Where(g => g.Family == family).Select(g => g.Glyph);
            (meaning switch { "better" or "higher" => up, "worse" or "lower" => down, _ => same }).AddRange(glyphs);
        }
        return new ArrowLegend(performance ? ArrowMeanings.Performance : ArrowMeanings.Value, up, down, same, string.Join(" | ", sources.Distinct()));
    }

    /// <summary>
    /// A key whose arrows were lost: a scan reads a text font's small arrows as "1", "|" or "-»" ("Direction of travel:
    /// 1 the figure went up on last quarter, | the figure went down, -» no change."). Its title and its first sentence,
    /// a rise and a fall described in turn, still say what the arrows show; an arrow pointing up is the rise.
    /// </summary>
    private ArrowLegend? Unmarked(List<string> texts)
    {
        foreach (var text in texts)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !Has(text[..colon].ToLowerInvariant(), _vocabulary.ArrowKeyTitles)) continue;
            var sentence = text[(colon + 1)..];
            if (sentence.IndexOf('.', StringComparison.Ordinal) is var stop and >= 0) sentence = sentence[..stop];
            var meanings = sentence.Split([',', ';']).Select(Classify).OfType<string>().ToHashSet();
            var performance = meanings.Contains("better") && meanings.Contains("worse") && !meanings.Contains("higher") && !meanings.Contains("lower");
            var value = meanings.Contains("higher") && meanings.Contains("lower") && !meanings.Contains("better") && !meanings.Contains("worse");
            if (performance == value) continue;
            IReadOnlyList<string> Family(int family) => [.. _glyphs.Where(g => g.Family == family).Select(g => g.Glyph)];
            return new ArrowLegend(performance ? ArrowMeanings.Performance : ArrowMeanings.Value, Family(Up), Family(Down),
                meanings.Contains("same") ? Family(Level) : [], text.Trim());
        }
        return null;
    }

    private static string? Opposite(string meaning) => meaning switch
    {
        "better" => "worse",
        "worse" => "better",
        "higher" => "lower",
        "lower" => "higher",
        _ => null,
    };

    /// <summary>Each arrow of the text with the words that describe it.</summary>
    private IEnumerable<(int Family, string Description)> Descriptions(string text)
    {
        var marks = new List<(int Start, int End, int Family)>();
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var (glyph, family) in _glyphs)
            {
                if (string.CompareOrdinal(text, i, glyph, 0, glyph.Length) != 0) continue;
                marks.Add((i, i + glyph.Length, family));
                i += glyph.Length - 1;
                break;
            }
        }
        for (var m = 0; m < marks.Count; m++)
        {
            var end = m + 1 < marks.Count ? marks[m + 1].Start : text.Length;
            var after = Clean(text[marks[m].End..end]);
            if (after.Length == 0)
            {
                var start = m > 0 ? marks[m - 1].End : 0;
                after = Clean(text[start..marks[m].Start]);
            }
            if (after.Length > 0) yield return (marks[m].Family, after);
        }
    }

    private static string Clean(string description)
    {
        var cut = description.IndexOfAny([';', '\n', '.', '|']);
        if (cut >= 0) description = description[..cut];
        return description.Trim(' ', '\t', '=', ':', '-', '–', '—', ',', '(', ')').Trim();
    }

    /// <summary>better / worse / same (performance), higher / lower (the value), or null.</summary>
    private string? Classify(string description)
    {
        var text = description.ToLowerInvariant();
        if (_polarityPhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))) return null;
        var better = Has(text, _direction.Improving);
        var worse = Has(text, _direction.Declining);
        var same = Has(text, _direction.Same);
        var higher = Has(text, _vocabulary.ValueUp);
        var lower = Has(text, _vocabulary.ValueDown);
        var performance = (better ? 1 : 0) + (worse ? 1 : 0);
        if (performance == 1 && !same) return better ? "better" : "worse";
        if (performance > 0) return null;
        if (same && !higher && !lower) return "same";
        if (higher != lower) return higher ? "higher" : "lower";
        return null;
    }

    private static bool Has(string text, IEnumerable<string> words) =>
        words.Any(w => Regex.IsMatch(text, @"(?<![\p{L}])" + Regex.Escape(w.ToLowerInvariant()) + @"(?![\p{L}])", RegexOptions.CultureInvariant));

    private (decimal? Amber, string? Source) Amber(List<string> texts)
    {
        foreach (var text in texts)
            foreach (var pattern in _amber)
                if (pattern.Match(text) is { Success: true } match
                    && decimal.TryParse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var band))
                    return (band, text.Trim());
        return (null, null);
    }
}
