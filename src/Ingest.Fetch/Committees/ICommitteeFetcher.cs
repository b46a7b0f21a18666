namespace Ingest.Fetch.Committees;

/// <summary>
/// One committee-papers system (ModernGov, CMIS, a council's own pages): how to list its committees, their
/// meetings in a date range and each meeting's documents. Downloading, choosing, de-duplicating and the
/// manifest are the same for every system and live in <see cref="PaperFetcher"/>.
/// </summary>
public interface ICommitteeFetcher
{
    /// <summary>The system's name as the command line spells it ("moderngov").</summary>
    string System { get; }

    /// <summary>The site, as given (after normalisation), for the manifest and messages.</summary>
    Uri Site { get; }

    Task<IReadOnlyList<Committee>> GetCommitteesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The committee's meetings from <paramref name="from"/> to <paramref name="to"/> inclusive. Implementations
    /// filter by the meeting's own date: real sites ignore the date filter they are sent.
    /// </summary>
    Task<IReadOnlyList<Meeting>> GetMeetingsAsync(Committee committee, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The meeting's documents, restricted ones included (marked), with their agenda items.</summary>
    Task<IReadOnlyList<MeetingDocument>> GetDocumentsAsync(Meeting meeting, CancellationToken cancellationToken);
}
