using Ingest.Fetch.Committees;

namespace Ingest.Fetch;

/// <summary>
/// What happened to one document, or to one listing (a committee's meetings, a meeting's agenda) that
/// could not be read. <paramref name="Subject"/> names it for people; <paramref name="File"/> is the saved
/// file's name in the output folder.
/// </summary>
public sealed record FetchOutcome(FetchStatus Status, string Subject, string? Reason, MeetingDocument? Document = null, string? File = null)
{
    /// <summary>Documents passed over because they are not performance reporting: counted, not listed.</summary>
    public bool IsNotSelected => Status == FetchStatus.Skipped && Reason == NotSelectedReason;

    public const string NotSelectedReason = "not performance reporting";
}
