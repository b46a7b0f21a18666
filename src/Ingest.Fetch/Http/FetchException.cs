namespace Ingest.Fetch.Http;

/// <summary>A request that ended without the content asked for, with the one-line reason and whether the site blocked it.</summary>
public sealed class FetchException : Exception
{
    public FetchException() : this("fetch failed") { }

    public FetchException(string message) : this(message, blocked: false) { }

    public FetchException(string message, Exception innerException) : base(message, innerException) { }

    public FetchException(string message, bool blocked, Exception? innerException = null) : base(message, innerException) => Blocked = blocked;

    /// <summary>The site answered with a challenge or refusal rather than failing: retrying will not help.</summary>
    public bool Blocked { get; }
}
