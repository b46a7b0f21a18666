namespace Ingest.Fetch;

/// <summary>Everything a fetch did, in order, with the committees it matched and the meetings it read.</summary>
public sealed record FetchReport(IReadOnlyList<string> Committees, int Meetings, IReadOnlyList<FetchOutcome> Outcomes)
{
    public int Count(FetchStatus status) => Outcomes.Count(o => o.Status == status);

    public bool AnyProblems => Outcomes.Any(o => o.Status is FetchStatus.Blocked or FetchStatus.Failed);
}
