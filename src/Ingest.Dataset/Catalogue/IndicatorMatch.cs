using Ingest.Core.Observations;

namespace Ingest.Dataset.Catalogue;

/// <summary>
/// The outcome of matching one extracted name: the mapping that is stored, and what a reviewer needs to
/// judge it (the runner-up key and why the match is doubtful).
/// </summary>
/// <param name="RunnerUp">The next best catalogue key by fuzzy score, when there is one.</param>
/// <param name="SuspectReason">Why a human should look, or null when the match is safe.</param>
public sealed record IndicatorMatch(string Name, IndicatorMapping Mapping, string? RunnerUp, double RunnerUpScore, string? SuspectReason)
{
    public bool IsSuspect => SuspectReason is not null;

    public bool IsProvisional => Mapping.Method == MatchMethod.Provisional;
}
