using System.Net;

namespace Ingest.Fetch.Http;

/// <summary>A whole response, body read: reading the body is part of the attempt, so a connection dropped mid-body is retried.</summary>
public sealed record FetchedResponse(
    HttpStatusCode Status,
    Uri FinalUrl,
    string? ContentType,
    string? ETag,
    string? LastModified,
    TimeSpan? RetryAfter,
    byte[] Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public bool IsNotModified => Status == HttpStatusCode.NotModified;

    /// <summary>Server errors, timeouts and throttling: worth another try.</summary>
    public bool IsTransient => (int)Status >= 500 || Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
