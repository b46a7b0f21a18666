using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// One indicator of one council over time: its observations with a numeric actual, grouped by period, oldest
/// first. The indicator is its catalogue key where it has been matched, else its slug.
/// </summary>
internal sealed record Series(string Council, string Key, IReadOnlyList<SeriesPoint> Points)
{
    public static IReadOnlyList<Series> Of(IEnumerable<Observation> observations) =>
        observations
            .Where(o => o.Actual is not null)
            .GroupBy(o => (o.Council, Key: KeyOf(o)))
            .Where(g => g.Key.Key.Length > 0)
            .Select(g => new Series(g.Key.Council, g.Key.Key,
                g.GroupBy(o => (o.Period.Start, o.Period.End))
                    .OrderBy(p => p.Key.Start).ThenBy(p => p.Key.End)
                    .Select(p => new SeriesPoint(p.First().Period, p.OrderBy(o => o.Document, StringComparer.Ordinal).ThenBy(o => o.Table).ThenBy(o => o.Row).ToList()))
                    .ToList()))
            .OrderBy(s => s.Council, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    public static string KeyOf(Observation o) => o.Mapping?.Key ?? o.IndicatorKey;
}

/// <param name="Observations">Every observation of the period, from every document, in document order.</param>
internal sealed record SeriesPoint(Period Period, IReadOnlyList<Observation> Observations)
{
    /// <summary>The period's value: the median of what the documents print, so one odd document does not move it.</summary>
    public decimal Value
    {
        get
        {
            var values = Observations.Select(o => o.Actual!.Value).Order().ToList();
            var mid = values.Count / 2;
            return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        }
    }
}
