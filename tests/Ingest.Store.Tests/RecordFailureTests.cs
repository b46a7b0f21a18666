using Ingest.Core.Pipeline;

namespace Ingest.Store.Tests;

public sealed class RecordFailureTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static readonly Ingest.Core.Tables.DocumentSource Harrow = SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha);

    private const string ZipError = "not a valid Word file: the zip container is damaged";

    [Fact]
    public void A_failure_after_a_successful_load_removes_its_observations()
    {
        long failedId;
        using (var store = _db.Open())
        {
            store.SaveDocument(SeedData.Load(Harrow, [SeedData.CallsAnswered(), SeedData.OperatingTime()]));
            failedId = store.RecordFailure(Harrow, ZipError, new DocumentTimings(TimeSpan.FromMilliseconds(8), TimeSpan.Zero, TimeSpan.Zero));
        }

        _db.Scalar("SELECT count(*) FROM observation").Should().Be("0");
        ReadOnlyQuery.Run(_db.DbPath, "SELECT id, status, error, observation_count, read_ms, council FROM document").Rows
            .Single().Should().Equal(failedId.ToString(), "failed", ZipError, "0", "8", null);
    }

    [Fact]
    public void A_successful_load_replaces_an_earlier_failure()
    {
        using (var store = _db.Open())
        {
            store.RecordFailure(Harrow, ZipError, DocumentTimings.Zero);
            store.SaveDocument(SeedData.Load(Harrow, [SeedData.CallsAnswered()]));
        }

        ReadOnlyQuery.Run(_db.DbPath, "SELECT status, error, observation_count FROM document").Rows
            .Single().Should().Equal("ok", null, "1");
    }
}
