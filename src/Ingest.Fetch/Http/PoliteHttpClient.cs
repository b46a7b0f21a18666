using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Ingest.Fetch.Http;

/// <summary>
/// GETs whole responses politely: per host one request at a time with a least interval between them
/// (<see cref="HostGate"/>), retries with jittered exponential backoff on timeouts, 5xx, 408/429 and
/// dropped connections, a timeout per attempt and a circuit breaker per host, so a site that is down
/// is left alone rather than hammered. Every request carries an identifying User-Agent.
/// </summary>
public sealed class PoliteHttpClient : IDisposable
{
    private readonly HttpFetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly ConcurrentDictionary<string, HostLane> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Action<string>? _onRetry;

    /// <param name="onRetry">told, in one line, each time a request is about to be retried</param>
    public PoliteHttpClient(HttpFetchOptions? options = null, Action<string>? onRetry = null, TimeProvider? time = null)
    {
        _options = options ?? new HttpFetchOptions();
        _time = time ?? TimeProvider.System;
        _onRetry = onRetry;
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = _options.MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            // The attempt timeout below is the limit; HttpClient's own would bypass the retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _attemptTimeout = new ResiliencePipelineBuilder { TimeProvider = _time }.AddTimeout(_options.AttemptTimeout).Build();
    }

    public HttpFetchOptions Options => _options;

    /// <summary>
    /// The response to a GET of <paramref name="url"/> after any retries: a status that retrying did not
    /// cure is returned for the caller to judge. Connection failures, timeouts and an open circuit are a
    /// <see cref="FetchException"/> with the reason.
    /// </summary>
    public async Task<FetchedResponse> GetAsync(Uri url, Validators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var lane = _hosts.GetOrAdd(url.Authority, host => new HostLane(new HostGate(_options.MinInterval, _time), Build(host)));
        try
        {
            return await lane.Pipeline.ExecuteAsync(
                async token => await lane.Gate.RunAsync(
                    gated => _attemptTimeout.ExecuteAsync(async limited => await SendAsync(url, validators, limited).ConfigureAwait(false), gated).AsTask(),
                    token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new FetchException($"timed out after {_options.AttemptTimeout.TotalSeconds:0.###} s, {Attempts}", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new FetchException($"{url.Authority} failed too often: requests to it paused for {_options.BreakerDuration.TotalSeconds:0} s (circuit open)", e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"connection failed, {Attempts}: {Describe(e)}", e);
        }
        catch (IOException e)
        {
            throw new FetchException($"connection failed, {Attempts}: {e.Message}", e);
        }
    }

    private string Attempts => _options.MaxRetries == 0 ? "1 attempt" : $"{_options.MaxRetries + 1} attempts";

    private static string Describe(HttpRequestException e) =>
        e.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? $"{e.Message} ({inner.Message})" : e.Message;

    private async Task<FetchedResponse> SendAsync(Uri url, Validators? validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrEmpty(validators?.ETag) && EntityTagHeaderValue.TryParse(validators.ETag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (!string.IsNullOrEmpty(validators?.LastModified)
            && DateTimeOffset.TryParse(validators.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            request.Headers.IfModifiedSince = since;

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return new FetchedResponse(
            response.StatusCode,
            response.RequestMessage?.RequestUri ?? url,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
            RetryAfter(response),
            body);
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _options.MaxResponseBytes) throw TooBig();
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxResponseBytes) throw TooBig();
        }
        return buffer.ToArray();
    }

    private FetchException TooBig() => new($"larger than {_options.MaxResponseBytes / (1024 * 1024)} MB: not read");

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _time.GetUtcNow();
        return null;
    }

    private ResiliencePipeline<FetchedResponse> Build(string host)
    {
        var transient = new PredicateBuilder<FetchedResponse>()
            .Handle<HttpRequestException>()
            .Handle<IOException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.IsTransient);
        return new ResiliencePipelineBuilder<FetchedResponse> { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions<FetchedResponse>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.RetryAfter is { } after && after > TimeSpan.Zero
                        ? (TimeSpan?)(after < _options.MaxRetryDelay ? after : _options.MaxRetryDelay)
                        : null),
                OnRetry = args =>
                {
                    var why = args.Outcome.Exception is { } e ? e.GetType().Name.Replace("Exception", "", StringComparison.Ordinal) : $"HTTP {(int)args.Outcome.Result!.Status}";
                    _onRetry?.Invoke($"{host}: {why}, retry {args.AttemptNumber + 1} of {_options.MaxRetries} in {args.RetryDelay.TotalMilliseconds:0} ms");
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<FetchedResponse>
            {
                ShouldHandle = transient,
                FailureRatio = _options.BreakerFailureRatio,
                MinimumThroughput = _options.BreakerMinimumThroughput,
                SamplingDuration = _options.BreakerSamplingDuration,
                BreakDuration = _options.BreakerDuration,
            })
            .Build();
    }

    public void Dispose() => _client.Dispose();

    private sealed record HostLane(HostGate Gate, ResiliencePipeline<FetchedResponse> Pipeline);
}
