using System.Globalization;
using Ingest.Core.Observations;
using Ingest.Store;

namespace Ingest.Explorer.Series;

/// <summary>Which points of a series a view shows: one period or financial year, or one period type in time order.</summary>
public static class SeriesSelection
{
    /// <summary>A period label, or every period inside a financial year given as <c>2023/24</c>.</summary>
    public static IReadOnlyList<SeriesPoint> InPeriod(IReadOnlyList<SeriesPoint> points, string? period)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (string.IsNullOrWhiteSpace(period)) return points;
        var exact = points.Where(p => string.Equals(p.PeriodLabel, period.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        var year = FinancialYear(period.Trim());
        return year is null ? [] : points.Where(p => p.PeriodStart >= year.Start && p.PeriodEnd <= year.End).ToList();
    }

    /// <summary>
    /// The points of one period type, in time order: the given type, or the most common one (a chart of quarters
    /// and years mixed would join values that do not follow each other).
    /// </summary>
    public static IReadOnlyList<SeriesPoint> OnePeriodType(IReadOnlyList<SeriesPoint> points, string? periodType)
    {
        ArgumentNullException.ThrowIfNull(points);
        var type = !string.IsNullOrWhiteSpace(periodType)
            ? periodType.Trim()
            : points.GroupBy(p => p.PeriodType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        return points.Where(p => string.Equals(p.PeriodType, type, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.PeriodStart).ThenBy(p => p.PeriodEnd).ToList();
    }

    private static Period? FinancialYear(string label)
    {
        var parts = label.Split('/', '-');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start > 1900
            ? Period.FinancialYear(start)
            : null;
    }
}
