using CorpusBuilder.Contract;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>Per-cell decisions for the scorecard's odd cells that the general reading does not settle.</summary>
internal static class ScorecardOverrides
{
    public static readonly IReadOnlyList<ObservationOverride> All =
    [
        // Seed line 101, target Q1 2023/24: "This indicator is for information about reach" is an absence
        // marker, so the general rule leaves the qualifier empty; but it says there is no target, exactly as
        // "No Target - This indicator is for information about reach" does in the two earlier periods.
        new("Universal Reach numbers for Early Support Hubs", "Q1 2023/24",
            "the target cell says the indicator has no target",
            o => o with { TargetQualifier = "no_target" }),
    ];
}
