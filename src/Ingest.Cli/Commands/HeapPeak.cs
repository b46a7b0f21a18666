namespace Ingest.Cli.Commands;

/// <summary>The largest managed heap seen while an action runs, sampled every few milliseconds.</summary>
internal static class HeapPeak
{
    public static (T Result, long PeakBytes) During<T>(Func<T> action)
    {
        GC.Collect();
        long peak = GC.GetTotalMemory(forceFullCollection: false);
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                try
                {
                    await Task.Delay(5, done.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
        var result = action();
        done.Cancel();
        sampler.Wait();
        return (result, Interlocked.Read(ref peak));
    }
}
