using Ingest.Core.Pipeline;

namespace Ingest.Store.Tests.Conformance;

/// <summary>The per-document summary: loaded and failed documents by file name.</summary>
public abstract class DocumentSummaryConformance(StoreEngine engine) : IDisposable
{
    protected StoreEngine Engine { get; } = engine;

    public void Dispose()
    {
        Engine.Dispose();
        GC.SuppressFinalize(this);
    }


    [StoreFact]
    public void Lists_loaded_and_failed_documents_by_file_name()
    {
        const string cover = "harrow-cabinet-cover-q2-2023-24.docx";
        const string error = "not a valid Word file: the zip container is damaged";
        long harrow, havering, failed;
        using (var store = Engine.Open())
        {
            havering = store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut()], "havering"));
            harrow = store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha),
                [SeedData.CallsAnswered(), SeedData.OperatingTime()]));
            failed = store.RecordFailure(SeedData.Source(cover, "41156f4203308f3b"), error, DocumentTimings.Zero);
        }

        Engine.Database.Documents().Should().Equal(
            new DocumentStatus(failed, cover, "", "failed", error, 0, 0),
            new DocumentStatus(harrow, SeedData.HarrowScorecard, "harrow", "ok", null, 1, 2),
            new DocumentStatus(havering, SeedData.HaveringReport, "havering", "ok", null, 1, 1));
    }
}
