namespace Ingest.Fetch.Committees;

/// <summary>
/// A document linked from a meeting's agenda. <paramref name="Id"/> is the system's key for it (ModernGov's
/// attachment id) when it has one; <paramref name="Url"/> is already made absolute and upgraded to the site's scheme.
/// </summary>
public sealed record MeetingDocument(Meeting Meeting, string AgendaItem, string Title, Uri Url, bool IsRestricted, string? Id = null);
