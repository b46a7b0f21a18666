namespace Ingest.Store.Postgres.Queue;

/// <summary>The queue at one moment (<c>ingest status</c>).</summary>
/// <param name="DonePerSecondLastMinute">Jobs finished in the last minute, per second.</param>
/// <param name="DonePerSecondOverall">Jobs finished between the first claim and the last finish, per second.</param>
public sealed record QueueStatus(
    int Pending,
    int Running,
    int Done,
    int Failed,
    IReadOnlyList<WorkerActivity> Workers,
    IReadOnlyList<FailureReason> Failures,
    double DonePerSecondLastMinute,
    double DonePerSecondOverall);

/// <param name="Worker">host:process:slot.</param>
/// <param name="SinceHeartbeat">How long since the worker last said it was alive.</param>
public sealed record WorkerActivity(string Worker, string Path, TimeSpan Running, TimeSpan SinceHeartbeat);

public sealed record FailureReason(string Error, int Jobs, string Example);
