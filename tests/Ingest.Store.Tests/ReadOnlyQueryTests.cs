using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Tests;

public sealed class ReadOnlyQueryTests() : ReadOnlyQueryConformance(new SqliteEngine())
{
    private TempDatabase Db => ((SqliteEngine)Engine).Temp;

    [Fact]
    public void A_missing_database_is_reported_and_not_created()
    {
        var missing = Path.Combine(Db.Folder, "nothing-here.db");

        var act = () => ReadOnlyQuery.Run(missing, "SELECT 1");

        act.Should().Throw<FileNotFoundException>().WithMessage($"no database at {missing}; run 'ingest run' first");
        File.Exists(missing).Should().BeFalse();
    }
}
