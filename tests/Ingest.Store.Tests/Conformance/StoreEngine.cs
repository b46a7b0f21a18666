using Ingest.Core.Pipeline;

namespace Ingest.Store.Tests.Conformance;

/// <summary>
/// One engine's fresh, empty database for one test of the conformance suite. Every engine runs the same suite,
/// through the same <see cref="IStoreDatabase"/> the command line uses.
/// </summary>
public abstract class StoreEngine : IDisposable
{
    public abstract IStoreDatabase Database { get; }

    public IObservationStore Open() => Database.OpenStore();

    public QueryResult Query(string sql) => Database.Query(sql);

    /// <summary>The single value a query returns, as the read-only query formats it.</summary>
    public string? Scalar(string sql) => Query(sql).Rows.Single().Single();

    /// <summary>Whether the engine's error is a violated CHECK constraint.</summary>
    public abstract bool IsCheckViolation(Exception error);

    public abstract void Dispose();
}
