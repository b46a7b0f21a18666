using Ingest.Store.Tests.Conformance;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Tests;

/// <summary>The conformance suite's SQLite: a database file in a fresh temporary folder.</summary>
public sealed class SqliteEngine : StoreEngine
{
    public TempDatabase Temp { get; } = new();

    public override IStoreDatabase Database => new SqliteDatabase(Temp.DbPath);

    public override bool IsCheckViolation(Exception error) =>
        error is SqliteException { SqliteErrorCode: 19 } && error.Message.Contains("CHECK constraint failed", StringComparison.Ordinal);

    public override void Dispose() => Temp.Dispose();
}
