using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Tests;

public sealed class CurrentViewTests() : CurrentViewConformance(new SqliteEngine())
{
}
