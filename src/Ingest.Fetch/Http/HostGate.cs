namespace Ingest.Fetch.Http;

/// <summary>
/// One request at a time to a host, and at least <c>interval</c> between the starts of two. Polly's
/// token-bucket limiter averages the rate but can let two requests through back to back across a
/// replenishment tick; a council's web server deserves the spacing itself.
/// </summary>
internal sealed class HostGate(TimeSpan interval, TimeProvider time)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private long _lastStart = long.MinValue;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lastStart != long.MinValue)
            {
                var wait = interval - time.GetElapsedTime(_lastStart);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            _lastStart = time.GetTimestamp();
            return await request(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _one.Release();
        }
    }
}
