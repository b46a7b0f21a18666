using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Dataset.Checks;

/// <summary>
/// A direction of travel (improving / declining) that the values disagree with: the actual against the
/// series' value for the period just before, read with the indicator's polarity. Only an immediately preceding
/// period counts (a gap would compare with something the report did not), and the report's own figure for it
/// is preferred, since that is what its arrow was drawn from.
/// </summary>
public sealed class DirectionOfTravelCheck(DirectionRules rules) : ICheck
{
    public string Name => CheckNames.DirectionOfTravel;

    public CheckScope Scope => CheckScope.Dataset;

    public IEnumerable<Finding> Run(CheckInput input)
    {
        foreach (var series in Series.Of(input.Observations))
        {
            foreach (var point in series.Points)
            {
                foreach (var o in point.Observations)
                {
                    if (o.Dot is not ({ } stated and not Direction.Same)) continue;
                    if (o.Polarity is not (Polarity.Higher or Polarity.Lower)) continue;
                    if (Previous(series, o) is not { } previous) continue;
                    var readings = Readings(o.Actual!.Value, o.Target, previous.Value, previous.Target)
                        .Select(r => Computed(r.Now, r.Before, o.Polarity.Value)).ToList();
                    // Too small a change to read, or one reading agrees with the arrow: nothing to doubt.
                    if (readings.Any(r => r is null || r == stated)) continue;
                    var computed = readings[0]!.Value;
                    var message = string.Create(CultureInfo.InvariantCulture,
                        $"direction of travel '{o.DotRaw}' reads {stated.Name()}, but the value went from {ObservationColumns.Number(previous.Value)} ({previous.Label}) to {ObservationColumns.Number(o.Actual)} ({o.Period.Label}) and {(o.Polarity == Polarity.Higher ? "higher" : "lower")} is better: {computed.Name()}");
                    yield return new Finding(Name, FindingSeverity.Warning, message, series.Council, series.Key, o.Period.Label,
                        o.Document, o.Table, o.Row);
                }
            }
        }
    }

    // The figures themselves, and, when the targets differ, the share of each period's target reached: a running
    // total (year to date) grows with its target and councils then judge the share (Brent: "a running total is
    // compared as a share of its quarter's target"). An arrow is doubted only when every reading disagrees.
    private static IEnumerable<(decimal Now, decimal Before)> Readings(decimal now, decimal? nowTarget, decimal before, decimal? beforeTarget)
    {
        yield return (now, before);
        if (nowTarget is { } t1 and not 0 && beforeTarget is { } t0 and not 0 && t1 != t0)
            yield return (now / t1 * 100, before / t0 * 100);
    }

    private Direction? Computed(decimal now, decimal before, Polarity polarity)
    {
        var change = now - before;
        var scale = before == 0 ? 1 : Math.Abs(before);
        if (Math.Abs(change) / scale < rules.MinChange) return null;
        return change > 0 == (polarity == Polarity.Higher) ? Direction.Improving : Direction.Declining;
    }

    private (decimal Value, decimal? Target, string Label)? Previous(Series series, Observation o)
    {
        var dayBefore = o.Period.Start.AddDays(-1);
        // A period as long as this one: twelve months to September are not judged against the quarter to September
        // a year before, which only happens to end the day before they start.
        var candidates = series.Points.Where(p => p.Period.End == dayBefore && AsLong(p.Period, o.Period, rules.SameLength)).ToList();
        if (candidates.Count == 0) return null;
        foreach (var p in candidates)
            if (p.Observations.FirstOrDefault(x => x.Document == o.Document) is { } own) return (own.Actual!.Value, own.Target, p.Period.Label);
        var nearest = candidates.OrderByDescending(p => p.Period.Start).First();
        return (nearest.Value, nearest.Observations[0].Target, nearest.Period.Label);
    }

    /// <summary>Lengths in days within <paramref name="share"/> of the longer of each other.</summary>
    private static bool AsLong(Period a, Period b, double share)
    {
        var (x, y) = (a.End.DayNumber - a.Start.DayNumber + 1, b.End.DayNumber - b.Start.DayNumber + 1);
        return Math.Abs(x - y) <= share * Math.Max(x, y);
    }
}
