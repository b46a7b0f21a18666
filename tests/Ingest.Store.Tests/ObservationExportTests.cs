using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Tests;

public sealed class ObservationExportTests() : ObservationExportConformance(new SqliteEngine())
{
    private TempDatabase Db => ((SqliteEngine)Engine).Temp;

    [Fact]
    public void A_missing_database_fails_at_the_call_not_during_enumeration()
    {
        var missing = Path.Combine(Db.Folder, "missing.db");

        var act = () => ObservationExport.Rows(missing);

        act.Should().Throw<FileNotFoundException>().WithMessage("*run 'ingest run' first");
    }
}
