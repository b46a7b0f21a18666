using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Extraction.Blocks;

/// <summary>
/// A KPI box's title read with the noise of a scan ("Average numher of days lost", "... direct debit route mA he
/// ie a" where the chart beside it was read as letters) is the name the document's own summary table lists, when
/// that name is close, the only one so close, and has the same figures ("within 10 working days" is never "within
/// 5"). A title the document lists as it is stays itself: the same KPI then has one key in the summary and the box.
/// </summary>
internal sealed class ListedNames
{
    private readonly BlockPatterns _patterns;
    private readonly ListedNameRules _rules;
    private readonly List<(string Name, string Key, string Digits)> _listed;

    /// <param name="titles">The boxes' own titles: a box printed as a table lists its title too, which is no summary's.</param>
    public ListedNames(BlockPatterns patterns, ListedNameRules rules, IReadOnlyList<Table> tables, IEnumerable<string> titles)
    {
        (_patterns, _rules) = (patterns, rules);
        var cells = tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .Select(c => _patterns.WithoutReference(c.CleanText).Trim())
            .Where(text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= rules.MinWords)
            .ToList();
        var asTitles = titles.Select(t => IndicatorKey.Of(_patterns.WithoutReference(t).Trim())).CountBy(k => k).ToDictionary(StringComparer.Ordinal);
        _listed = cells
            .GroupBy(IndicatorKey.Of, StringComparer.Ordinal)
            .Where(g => g.Count() > asTitles.GetValueOrDefault(g.Key))
            .Select(g => (g.First(), g.Key, Digits(g.First())))
            .ToList();
    }

    public string Snap(string name)
    {
        var key = IndicatorKey.Of(name);
        if (_listed.Count == 0 || _listed.Any(l => l.Key == key)) return name;
        var lower = name.ToLowerInvariant();
        var close = _listed
            .Select(l => (l.Name, l.Key, l.Digits, Score: FuzzySharp.Fuzz.Ratio(lower, l.Name.ToLowerInvariant())))
            .Where(l => l.Score >= _rules.MinRatio)
            .OrderByDescending(l => l.Score)
            .ToList();
        if (close.Count == 0 || close[0].Digits != Digits(name)) return name;
        return close.Skip(1).Any(l => l.Key != close[0].Key && l.Score > close[0].Score - _rules.RunnerUpMargin) ? name : close[0].Name;
    }

    private static string Digits(string text) => string.Concat(text.Where(char.IsDigit));
}
