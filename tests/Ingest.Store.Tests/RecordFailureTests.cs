using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Tests;

public sealed class RecordFailureTests() : RecordFailureConformance(new SqliteEngine())
{
}
