using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// Reads the RAG counts a report states about itself: sentences ("13 red, 43 green, 8 amber",
/// "5 are green, 4 amber and 3 red", "Red: 13, Green: 43") and chart data whose labels come before the
/// counts ("RED GREEN AMBER 13 43 8", seed 001). A paragraph counts as a summary only when it gives counts
/// for at least two colours, so prose such as "our 6 green flag parks" is not one.
/// </summary>
public sealed class RagSummaryParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, Rag> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex _labelsThenCounts;
    private readonly Regex _countThenColour;
    private readonly Regex _colourThenCount;
    private readonly Regex? _skip;

    public RagSummaryParser(RagSummaryRules rules)
    {
        foreach (var (name, words) in rules.Colours)
        {
            if (!VocabularyNames.TryParse<Rag>(name, out var rag))
                throw new InvalidDataException($"{CheckRules.FileName}, rag_summary.colours: '{name}' is no RAG");
            foreach (var word in words) _words[word.Trim()] = rag;
        }
        var colour = _words.Count == 0 ? "(?!)" : "(?:" + string.Join("|", _words.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
        _labelsThenCounts = Compile($@"(?<![\p{{L}}])(?<label>{colour})(?:\s+(?<label>{colour}))+(?:\s+(?<count>\d+))+(?!\p{{N}})");
        _countThenColour = Compile($@"(?<![\p{{L}}\p{{N}}.,])(?<count>\d+)\s+(?:are\s+|x\s+|were\s+)?(?<label>{colour})(?!\p{{L}})");
        _colourThenCount = Compile($@"(?<![\p{{L}}])(?<label>{colour})\s*[:=\-–]\s*(?<count>\d+)(?![\p{{N}}%])");
        _skip = rules.SkipWhen.Count == 0
            ? null
            : Compile(@"(?<!\p{L})(?:" + string.Join("|", rules.SkipWhen.Select(Regex.Escape)) + @")(?!\p{L})");
    }

    /// <summary>The counts the paragraph states, or null when it states none (or counts something else than indicators).</summary>
    public IReadOnlyDictionary<Rag, int>? Parse(string paragraph)
    {
        if (_skip is not null && _skip.IsMatch(paragraph)) return null;
        var chart = _labelsThenCounts.Match(paragraph);
        if (chart.Success && chart.Groups["label"].Captures.Count == chart.Groups["count"].Captures.Count)
            return Counts(chart.Groups["label"].Captures.Select(c => c.Value), chart.Groups["count"].Captures.Select(c => c.Value));
        foreach (var pattern in new[] { _countThenColour, _colourThenCount })
        {
            var matches = pattern.Matches(paragraph);
            if (matches.Select(m => Colour(m.Groups["label"].Value)).Distinct().Count() >= 2)
                return Counts(matches.Select(m => m.Groups["label"].Value), matches.Select(m => m.Groups["count"].Value));
        }
        return null;
    }

    private Dictionary<Rag, int>? Counts(IEnumerable<string> labels, IEnumerable<string> counts)
    {
        var result = new Dictionary<Rag, int>();
        foreach (var (label, count) in labels.Zip(counts))
        {
            var rag = Colour(label);
            // The same colour twice is two different things counted, not one summary.
            if (result.ContainsKey(rag)) return null;
            result[rag] = int.Parse(count, CultureInfo.InvariantCulture);
        }
        return result.Count >= 2 ? result : null;
    }

    private Rag Colour(string word) => _words[word.Trim()];

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
}
