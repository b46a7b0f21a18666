using Ingest.Fetch.Committees;

namespace Ingest.Fetch;

/// <summary>Told as the fetch goes: each meeting as its agenda is read, each document as it is settled, and notes (retries).</summary>
public interface IFetchProgress
{
    void Meeting(Meeting meeting, int documents, int selected);

    void Document(FetchOutcome outcome);

    void Note(string line);
}
