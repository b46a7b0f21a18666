namespace Ingest.Extraction.Context;

/// <summary>
/// Finds councils' name phrases in a text in one pass: the text is cut into words once and each word looks up
/// the phrases that start with it, so hundreds of councils cost about what a handful did with a pattern each.
/// Words are runs of letters, runs of digits, or single other characters; a phrase matches the same words in
/// order whatever the spacing between them, case as printed.
/// </summary>
internal sealed class CouncilPhraseIndex
{
    private readonly Dictionary<string, List<(string[] Words, int Council, int Weight)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, int Council, int Weight)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    /// <param name="phrases">Per council (by its index), its phrases and the weight of a match of each.</param>
    public CouncilPhraseIndex(IEnumerable<(int Council, string Phrase, int Weight)> phrases)
    {
        foreach (var (council, phrase, weight) in phrases)
        {
            var words = Words(phrase).Select(w => phrase.Substring(w.Start, w.Length)).ToArray();
            if (words.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            list.Add((words, council, weight));
            _longest = Math.Max(_longest, words.Length);
        }
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every match as (council, weight), leaving out one that lies inside a longer match of another council.</summary>
    public IReadOnlyList<(int Council, int Weight)> Matches(string text)
    {
        var words = Words(text).ToList();
        var found = new List<(int Start, int End, int Council, int Weight)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_lookup.TryGetValue(text.AsSpan(words[i].Start, words[i].Length), out var candidates)) continue;
            foreach (var (phrase, council, weight) in candidates)
            {
                if (i + phrase.Length > words.Count) continue;
                var all = true;
                for (var k = 1; k < phrase.Length && all; k++)
                    all = text.AsSpan(words[i + k].Start, words[i + k].Length).SequenceEqual(phrase[k]);
                if (all) found.Add((i, i + phrase.Length, council, weight));
            }
        }
        // "North Somerset Council" also holds "Somerset Council": the longer phrase names the council. Matches are
        // in order of their start, so only those starting at most a phrase's length earlier can hold one.
        var kept = new List<(int Council, int Weight)>(found.Count);
        var first = 0;
        foreach (var match in found)
        {
            while (found[first].Start < match.Start - _longest) first++;
            var inside = false;
            for (var o = first; o < found.Count && found[o].Start <= match.Start && !inside; o++)
            {
                var other = found[o];
                inside = other.Council != match.Council && other.End >= match.End && other.End - other.Start > match.End - match.Start;
            }
            if (!inside) kept.Add((match.Council, match.Weight));
        }
        return kept;
    }

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsLetter(c)) while (i < text.Length && char.IsLetter(text[i])) i++;
            else if (char.IsDigit(c)) while (i < text.Length && char.IsDigit(text[i])) i++;
            else i++;
            yield return (start, i - start);
        }
    }
}
