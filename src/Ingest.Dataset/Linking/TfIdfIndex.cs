namespace Ingest.Dataset.Linking;

/// <summary>
/// Term weights learned from a set of names (the catalogue's), and unit-length sparse TF-IDF vectors of
/// character trigrams and of words and word pairs, so a rare word like "fly-tipping" counts more than "percent".
/// Immutable after construction: safe to share between threads.
/// </summary>
public sealed class TfIdfIndex
{
    private readonly Dictionary<string, float> _idf;
    private readonly float _unknownIdf;

    public TfIdfIndex(IEnumerable<string> normalisedNames)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var name in normalisedNames)
        {
            count++;
            foreach (var term in Terms(name).Distinct(StringComparer.Ordinal))
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }
        _idf = documentFrequency.ToDictionary(p => p.Key, p => (float)Math.Log((1.0 + count) / (1.0 + p.Value)) + 1f, StringComparer.Ordinal);
        _unknownIdf = (float)Math.Log(1.0 + count) + 1f;
    }

    public SparseVector CharVector(string normalised) => Vector(CharGrams(normalised));

    public SparseVector WordVector(string normalised) => Vector(WordGrams(normalised));

    /// <summary>Every term the index weighs: character trigrams and word n-grams, told apart by a prefix.</summary>
    public static IEnumerable<string> Terms(string normalised) => CharGrams(normalised).Concat(WordGrams(normalised));

    public static IEnumerable<string> CharGrams(string normalised)
    {
        var text = " " + normalised + " ";
        for (var i = 0; i + 3 <= text.Length; i++) yield return "c:" + text.Substring(i, 3);
    }

    public static IEnumerable<string> WordGrams(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            yield return "w:" + words[i];
            if (i + 1 < words.Length) yield return "w:" + words[i] + " " + words[i + 1];
        }
    }

    private SparseVector Vector(IEnumerable<string> terms)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var term in terms) weights[term] = weights.GetValueOrDefault(term) + 1f;
        foreach (var term in weights.Keys.ToList()) weights[term] *= _idf.TryGetValue(term, out var idf) ? idf : _unknownIdf;
        return new SparseVector(weights);
    }
}
