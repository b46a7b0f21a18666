namespace Ingest.Cli.Processing;

/// <summary>What one worker process did, counted from its threads.</summary>
public sealed class WorkerTally
{
    private int _loaded, _unchanged, _failed, _lost;

    public int Loaded => _loaded;
    public int Unchanged => _unchanged;
    public int Failed => _failed;

    /// <summary>Jobs reclaimed by another worker before this one finished them (it had stopped heartbeating in time).</summary>
    public int Lost => _lost;

    public void CountLoaded() => Interlocked.Increment(ref _loaded);
    public void CountUnchanged() => Interlocked.Increment(ref _unchanged);
    public void CountFailed() => Interlocked.Increment(ref _failed);
    public void CountLost() => Interlocked.Increment(ref _lost);
}
