using Ingest.Fetch.Committees;

namespace Ingest.Fetch.Tests;

/// <summary>What a fetch told its progress, kept for the test to read.</summary>
internal sealed class RecordingProgress : IFetchProgress
{
    public List<string> Meetings { get; } = [];

    public List<FetchOutcome> Documents { get; } = [];

    public List<string> Notes { get; } = [];

    public void Meeting(Meeting meeting, int documents, int selected) => Meetings.Add($"{meeting.Id} {meeting.Date:yyyy-MM-dd} {documents} {selected}");

    public void Document(FetchOutcome outcome) => Documents.Add(outcome);

    public void Note(string line) => Notes.Add(line);
}
