namespace Ingest.Fetch.Http;

/// <summary>What a previous response said about its version, sent back so an unchanged document costs a 304 and no body.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public bool IsEmpty => string.IsNullOrEmpty(ETag) && string.IsNullOrEmpty(LastModified);
}
