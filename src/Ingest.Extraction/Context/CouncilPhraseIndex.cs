namespace Ingest.Extraction.Context;

/// <summary>
/// Finds councils' name phrases in a text in one pass: the text is cut into words once and each word looks up
/// the phrases that start with it, so hundreds of councils cost no more than a handful. Words are runs of
/// letters, runs of digits, or single other characters; a phrase matches the same words in order whatever
/// the spacing between them, case as printed.
/// </summary>
internal sealed class CouncilPhraseIndex
{
    private readonly Dictionary<string, List<(string[] Words, int Council, int Weight)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <param name="phrases">Per council (by its index), its phrases and the weight of a match of each.</param>
    public CouncilPhraseIndex(IEnumerable<(int Council, string Phrase, int Weight)> phrases)
    {
        foreach (var (council, phrase, weight) in phrases)
        {
            var words = Words(phrase).Select(w => w.Text).ToArray();
            if (words.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            list.Add((words, council, weight));
        }
    }

    /// <summary>Every match as (council, weight), leaving out one that lies inside a longer match of another council.</summary>
    public IReadOnlyList<(int Council, int Weight)> Matches(string text)
    {
        var words = Words(text).Select(w => w.Text).ToArray();
        var found = new List<(int Start, int End, int Council, int Weight)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (phrase, council, weight) in candidates)
            {
                if (i + phrase.Length > words.Length) continue;
                var all = true;
                for (var k = 1; k < phrase.Length && all; k++) all = string.Equals(words[i + k], phrase[k], StringComparison.Ordinal);
                if (all) found.Add((i, i + phrase.Length, council, weight));
            }
        }
        // "North Somerset Council" also holds "Somerset Council": the longer phrase names the council.
        return found
            .Where(m => !found.Any(o => o.Council != m.Council && o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start))
            .Select(m => (m.Council, m.Weight))
            .ToList();
    }

    private static IEnumerable<(string Text, int Start)> Words(string text)
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
            yield return (text[start..i], start);
        }
    }
}
