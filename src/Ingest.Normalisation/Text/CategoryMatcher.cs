namespace Ingest.Normalisation;

/// <summary>
/// Phrases grouped by the value they mean. A text names a value when it holds phrases of that value and
/// of no other: a cell that names two ("High ▲ or Low ▼ is 'good'") is a legend, not a reading.
/// </summary>
internal sealed class CategoryMatcher<T> where T : struct
{
    private readonly IReadOnlyList<(T Value, PhraseMatcher Phrases)> _categories;

    public CategoryMatcher(IEnumerable<(T Value, IEnumerable<string> Phrases)> categories, string section)
    {
        _categories = categories.Select(c => (c.Value, new PhraseMatcher(c.Phrases, section))).ToList();
    }

    public T? Single(string text)
    {
        var found = _categories.Where(c => c.Phrases.IsMatch(text)).Select(c => c.Value).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
