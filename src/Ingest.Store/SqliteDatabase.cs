using Ingest.Core.Pipeline;

namespace Ingest.Store;

/// <summary>A SQLite database file: the embedded default.</summary>
public sealed class SqliteDatabase(string path) : IStoreDatabase
{
    public string Path { get; } = path;

    public string Name => Path;

    public IObservationStore OpenStore() => SqliteObservationStore.Open(Path);

    public QueryResult Query(string sql) => ReadOnlyQuery.Run(Path, sql);

    public IEnumerable<IReadOnlyList<string>> Export() => ObservationExport.Rows(Path);

    public IReadOnlyList<DocumentStatus> Documents() => DocumentSummary.Documents(Path);

    public IReadOnlyList<SeriesPoint> CouncilSeries(string council) => CurrentSeries.ForCouncil(Path, council);
}
