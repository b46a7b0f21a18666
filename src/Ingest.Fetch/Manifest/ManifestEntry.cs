namespace Ingest.Fetch.Manifest;

/// <summary>
/// One downloaded document, as written to <c>manifest.csv</c> beside the files: where it came from
/// (council, committee, meeting, agenda item, title, URL), what it is (SHA-256, content type, size) and
/// the validators to ask the server with next time.
/// </summary>
public sealed record ManifestEntry(
    string Council,
    string System,
    string Committee,
    DateOnly MeetingDate,
    string MeetingId,
    string AgendaItem,
    string DocumentTitle,
    string Url,
    string File,
    string Sha256,
    string ContentType,
    long Bytes,
    string? ETag,
    string? LastModified,
    DateTimeOffset FetchedAt);
