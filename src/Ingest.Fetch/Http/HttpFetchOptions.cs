namespace Ingest.Fetch.Http;

/// <summary>
/// Politeness and resilience per host. The defaults are for real council sites (one request at a time,
/// about one a second, a minute's patience); tests shrink the delays with <c>with</c>.
/// </summary>
public sealed record HttpFetchOptions
{
    /// <summary>Who to contact about the traffic; goes into the User-Agent.</summary>
    public string? Contact { get; init; }

    /// <summary>The least time between the starts of two requests to one host.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's limit, headers and body together.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A server's Retry-After is honoured up to this.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The share of failed attempts in <see cref="BreakerSamplingDuration"/> that opens a host's circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.8;

    public int BreakerMinimumThroughput { get; init; } = 10;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan BreakerDuration { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxRedirects { get; init; } = 8;

    /// <summary>Bigger responses are refused: committee papers are rarely over a few tens of megabytes.</summary>
    public long MaxResponseBytes { get; init; } = 200L * 1024 * 1024;

    public string UserAgent =>
        $"ingest-fetch/1.0 (committee papers for performance-indicator research; contact: {(string.IsNullOrWhiteSpace(Contact) ? "not given" : Contact.Trim())})";
}
