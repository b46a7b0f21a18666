using Ingest.Core.Pipeline;

namespace Ingest.Store;

/// <summary>
/// One dataset's database, whatever the engine: the pipeline's store, read-only queries, export and the
/// per-document summary. The command line picks the engine from <c>--db</c>; nothing above this needs to know it.
/// </summary>
public interface IStoreDatabase
{
    /// <summary>How to name the database in messages (a URL without its password).</summary>
    string Name { get; }

    /// <summary>Opens (creating and migrating if needed) the store the pipeline loads into.</summary>
    IObservationStore OpenStore();

    /// <exception cref="QueryException">The SQL is invalid, or tries to change the database.</exception>
    QueryResult Query(string sql);

    /// <summary>Every observation's contract fields, ordered by file name, table, row and period start (see <see cref="ObservationExport"/>).</summary>
    IEnumerable<IReadOnlyList<string>> Export();

    /// <summary>Every document, ordered by file name.</summary>
    IReadOnlyList<DocumentStatus> Documents();

    /// <summary>
    /// Every series of one council (any case) as <c>observation_current</c> holds it, ordered by indicator and
    /// period; empty before anything is loaded. What a later report's renamed series is linked against.
    /// </summary>
    IReadOnlyList<SeriesPoint> CouncilSeries(string council);
}
