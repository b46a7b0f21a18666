namespace Ingest.Store.Tests;

/// <summary>A database path in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "ingest-store-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "ingest.db");
    }

    public string Folder { get; }

    public string DbPath { get; }

    public SqliteObservationStore Open() => SqliteObservationStore.Open(DbPath);

    /// <summary>The single value a query returns, as the read-only query formats it.</summary>
    public string? Scalar(string sql) => ReadOnlyQuery.Run(DbPath, sql).Rows.Single().Single();

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
