using System.Globalization;
using CorpusBuilder.Derivation;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>
/// The monthly counts of the four recession indicators as one series per indicator: the seed's September to
/// December 2009, extended backwards and forwards for the derived reports by the seed's own average monthly
/// change plus a small seeded wobble (at most one percent a month). A month printed in two reports (the first
/// column of one is the last of the other) reads the same in both.
/// </summary>
internal sealed class RecessionSeries
{
    private readonly Dictionary<string, SortedDictionary<DateOnly, int>> _values = new(StringComparer.Ordinal);
    private readonly RecessionTable _seed;

    public RecessionSeries(PerformanceMorning seed)
    {
        _seed = seed.Table;
        foreach (var line in _seed.Lines)
        {
            var months = new SortedDictionary<DateOnly, int>();
            for (var m = 0; m < _seed.Months.Count; m++)
                months[MonthColumns.Period(_seed.Months[m], seed.Reporting).Start] = int.Parse(line.Values[m], CultureInfo.InvariantCulture);
            _values[line.Indicator] = months;
        }
    }

    public IEnumerable<RecessionLine> SeedLines => _seed.Lines;

    public int Value(string indicator, DateOnly month)
    {
        var series = _values[indicator];
        if (series.TryGetValue(month, out var known)) return known;
        var first = series.Keys.First();
        var last = series.Keys.Last();
        var trend = Trend(indicator);
        // Walk outwards from the seed months one month at a time; each step depends only on its indicator and
        // month, so the values do not depend on the order in which reports ask for them.
        for (var m = last.AddMonths(1); m <= month; m = m.AddMonths(1))
            series[m] = (int)Math.Round(series[m.AddMonths(-1)] * (1 + trend + Wobble(indicator, m)));
        for (var m = first.AddMonths(-1); m >= month; m = m.AddMonths(-1))
            series[m] = (int)Math.Round(series[m.AddMonths(1)] / (1 + trend + Wobble(indicator, m)));
        return series[month];
    }

    /// <summary>The seed's mean relative change per month, September to December 2009.</summary>
    private decimal Trend(string indicator)
    {
        var v = _values[indicator].Where(kv => kv.Key.Year == 2009 && kv.Key.Month >= 9).Select(kv => (decimal)kv.Value).ToList();
        return (v[^1] / v[0] - 1) / (v.Count - 1);
    }

    private static decimal Wobble(string indicator, DateOnly month) =>
        new SeededRandom($"harrow-recession|{indicator}|{month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}").Signed() * 0.01m;
}
