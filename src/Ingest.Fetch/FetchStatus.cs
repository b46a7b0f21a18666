namespace Ingest.Fetch;

public enum FetchStatus
{
    /// <summary>Downloaded and saved.</summary>
    Fetched,

    /// <summary>Already in the output folder from an earlier run (same URL and file, or the server said not modified).</summary>
    AlreadyFetched,

    /// <summary>Not downloaded on purpose: restricted, not performance reporting, a cancelled meeting, the same content as another file.</summary>
    Skipped,

    /// <summary>The site refused or challenged the request.</summary>
    Blocked,

    /// <summary>Anything else that went wrong, with the reason.</summary>
    Failed,
}
