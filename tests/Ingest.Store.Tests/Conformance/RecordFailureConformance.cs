using Ingest.Core.Pipeline;

namespace Ingest.Store.Tests.Conformance;

/// <summary>A failed document replaces an earlier load of its content, and a later success replaces the failure.</summary>
public abstract class RecordFailureConformance(StoreEngine engine) : IDisposable
{
    protected StoreEngine Engine { get; } = engine;

    public void Dispose()
    {
        Engine.Dispose();
        GC.SuppressFinalize(this);
    }


    private static readonly Ingest.Core.Tables.DocumentSource Harrow = SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha);

    private const string ZipError = "not a valid Word file: the zip container is damaged";

    [StoreFact]
    public void A_failure_after_a_successful_load_removes_its_observations()
    {
        long failedId;
        using (var store = Engine.Open())
        {
            store.SaveDocument(SeedData.Load(Harrow, [SeedData.CallsAnswered(), SeedData.OperatingTime()]));
            failedId = store.RecordFailure(Harrow, ZipError, new DocumentTimings(TimeSpan.FromMilliseconds(8), TimeSpan.Zero, TimeSpan.Zero));
        }

        Engine.Scalar("SELECT count(*) FROM observation").Should().Be("0");
        Engine.Query("SELECT id, status, error, observation_count, read_ms, council FROM document").Rows
            .Single().Should().Equal(failedId.ToString(), "failed", ZipError, "0", "8", null);
    }

    [StoreFact]
    public void A_successful_load_replaces_an_earlier_failure()
    {
        using (var store = Engine.Open())
        {
            store.RecordFailure(Harrow, ZipError, DocumentTimings.Zero);
            store.SaveDocument(SeedData.Load(Harrow, [SeedData.CallsAnswered()]));
        }

        Engine.Query("SELECT status, error, observation_count FROM document").Rows
            .Single().Should().Equal("ok", null, "1");
    }
}
