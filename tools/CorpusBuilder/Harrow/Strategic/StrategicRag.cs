using Ingest.Core.Observations;

namespace CorpusBuilder.Harrow.Strategic;

/// <summary>
/// The report's RAG key applied to target and actual: Green met target, Amber off target by less than 5%,
/// Red off by 5% or more, where "off by" is the shortfall relative to the target (not percentage points).
/// Relative shortfall reproduces the report's own counts for two of the three priorities exactly; the
/// percentage-point reading does not (it makes "% of employees trained in the Customer Excellence Academy",
/// 15% v 12%, amber, and Residents First then has 3 red / 2 amber instead of the printed 4 / 1).
/// </summary>
internal static class StrategicRag
{
    public const decimal AmberBand = 0.05m;

    public static Rag Compute(Polarity polarity, decimal target, decimal actual)
    {
        var shortfall = polarity == Polarity.Lower ? actual - target : target - actual;
        if (shortfall <= 0) return Rag.Green;
        // A zero target ("0.00%" exclusions) cannot be missed by a relative amount: any miss is red.
        if (target == 0) return Rag.Red;
        return shortfall / Math.Abs(target) < AmberBand ? Rag.Amber : Rag.Red;
    }

    /// <summary>
    /// Where the computation cannot reproduce the report's count: the fewest borderline rows, set by hand.
    /// Supporting those in Need prints 9 red / 15 green / 4 amber; relative shortfall gives 9 / 16 / 3, and no
    /// reading of the key turns exactly one green into amber. The one green that only meets its target at the
    /// printed precision (10% v 10%, both rounded to whole percent) is taken as the amber.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (Rag Rag, string Why)> Overrides =
        new Dictionary<string, (Rag, string)>(StringComparer.Ordinal)
        {
            ["% of people from total eligible population invited for a Health Check"] =
                (Rag.Amber, "10% v 10% at whole-percent precision: the only green with no margin; makes the printed 9/15/4"),
        };

    /// <summary>The report's own RAG summary per indicator table (seed 001, chart data), by heading.</summary>
    public static readonly IReadOnlyDictionary<string, (int Red, int Green, int Amber)> PrintedCounts =
        new Dictionary<string, (int, int, int)>(StringComparer.Ordinal)
        {
            ["Performance Indicators – Residents First Q2"] = (4, 9, 1),
            ["Performance Indicators – Clean and Safe Q2"] = (0, 19, 3),
            ["Performance Indicators – Supporting those in Need Q2"] = (9, 15, 4),
        };
}
