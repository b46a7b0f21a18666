namespace Ingest.Cli.Processing;

/// <param name="Threads">Jobs this process works on at once, each on its own connection.</param>
/// <param name="StaleAfter">A running job without a heartbeat for this long is another worker's to claim.</param>
public sealed record QueueWorkerOptions(int Threads, TimeSpan StaleAfter)
{
    /// <summary>Several beats per stale period, so one slow beat does not lose the job.</summary>
    public TimeSpan HeartbeatEvery => TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(100).Ticks, StaleAfter.Ticks / 4));

    /// <summary>How often an idle thread looks again while other workers still hold jobs (which may yet go stale).</summary>
    public TimeSpan PollEvery => TimeSpan.FromTicks(Math.Clamp(StaleAfter.Ticks / 2, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(2).Ticks));
}
