using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Tests;

public sealed class DocumentSummaryTests() : DocumentSummaryConformance(new SqliteEngine())
{
    private TempDatabase Db => ((SqliteEngine)Engine).Temp;

    [Fact]
    public void A_missing_database_is_reported()
    {
        var act = () => DocumentSummary.Documents(Path.Combine(Db.Folder, "missing.db"));

        act.Should().Throw<FileNotFoundException>().WithMessage("no database at *; run 'ingest run' first");
    }
}
