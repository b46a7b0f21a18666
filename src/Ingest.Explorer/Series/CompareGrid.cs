using Ingest.Store;

namespace Ingest.Explorer.Series;

/// <summary>
/// One indicator as councils x periods, each cell the current value (or null where a council reported nothing for
/// that period). Shared by `ingest compare` (printed as text) and the explorer's compare view (linked cells).
/// </summary>
public sealed record CompareGrid(IReadOnlyList<string> Periods, IReadOnlyList<CompareGridRow> Rows)
{
    public static CompareGrid Of(IReadOnlyList<SeriesPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var periods = points.Select(p => (p.PeriodStart, p.PeriodEnd, p.PeriodLabel)).Distinct()
            .OrderBy(p => p.PeriodStart).ThenBy(p => p.PeriodEnd).ToList();
        var rows = points.GroupBy(p => p.Council).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CompareGridRow(g.Key, periods
                .Select(period => g.FirstOrDefault(p => p.PeriodStart == period.PeriodStart && p.PeriodEnd == period.PeriodEnd && p.PeriodLabel == period.PeriodLabel))
                .ToList()))
            .ToList();
        return new CompareGrid(periods.Select(p => p.PeriodLabel).ToList(), rows);
    }
}
