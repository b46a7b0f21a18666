using Ingest.Core.Pipeline;

namespace Ingest.Store.Tests;

public sealed class DocumentSummaryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Lists_loaded_and_failed_documents_by_file_name()
    {
        const string cover = "harrow-cabinet-cover-q2-2023-24.docx";
        const string error = "not a valid Word file: the zip container is damaged";
        long harrow, havering, failed;
        using (var store = _db.Open())
        {
            havering = store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut()], "havering"));
            harrow = store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha),
                [SeedData.CallsAnswered(), SeedData.OperatingTime()]));
            failed = store.RecordFailure(SeedData.Source(cover, "41156f4203308f3b"), error, DocumentTimings.Zero);
        }

        DocumentSummary.Documents(_db.DbPath).Should().Equal(
            new DocumentStatus(failed, cover, "", "failed", error, 0, 0),
            new DocumentStatus(harrow, SeedData.HarrowScorecard, "harrow", "ok", null, 1, 2),
            new DocumentStatus(havering, SeedData.HaveringReport, "havering", "ok", null, 1, 1));
    }

    [Fact]
    public void A_missing_database_is_reported()
    {
        var act = () => DocumentSummary.Documents(Path.Combine(_db.Folder, "missing.db"));

        act.Should().Throw<FileNotFoundException>().WithMessage("no database at *; run 'ingest run' first");
    }
}
