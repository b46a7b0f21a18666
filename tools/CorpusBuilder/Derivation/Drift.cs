using Ingest.Core.Observations;

namespace CorpusBuilder.Derivation;

/// <summary>
/// Small plausible moves of a value from one period to the next: percentages by up to a few points (kept within
/// 0..100 when they started there), counts and rates by a few per cent, durations a little more.
/// </summary>
internal static class Drift
{
    public static decimal Next(decimal previous, Unit? unit, SeededRandom random)
    {
        var step = random.Signed();
        return unit switch
        {
            Unit.Percent => Bounded(previous, previous + step * 3m),
            Unit.Days or Unit.Seconds => Math.Max(0, previous * (1 + step * 0.12m)),
            _ => Math.Max(0, previous * (1 + step * 0.06m)),
        };
    }

    private static decimal Bounded(decimal previous, decimal next)
    {
        if (previous is >= 0 and <= 100) return Math.Clamp(next, 0, 100);
        return next;
    }
}
