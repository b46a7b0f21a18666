using Ingest.Store.Schema;

namespace Ingest.Store.Tests;

public sealed class CouncilKeyMigrationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Councils_stored_as_typed_become_their_keys_so_one_council_is_one_value()
    {
        var beforeKeys = StoreSchema.Migrations.Where(m => m.Version <= 5).ToList();
        using (var store = SqliteObservationStore.Open(_db.DbPath, beforeKeys))
        {
            store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha),
                [SeedData.CallsAnswered() with { Council = "Brent" }], council: "Brent"));
            store.SaveDocument(SeedData.Load(SeedData.Source("b-and-d.docx", new string('b', 64)),
                [SeedData.CallsAnswered() with { Council = "Barking & Dagenham" }], council: "Barking & Dagenham"));
            store.SaveDocument(SeedData.Load(SeedData.Source("detected.docx", new string('c', 64)),
                [SeedData.CallsAnswered() with { Council = "brent", Row = 9 }], council: "brent"));
        }

        using (_db.Open()) { }

        _db.Scalar("SELECT group_concat(DISTINCT council) FROM (SELECT council FROM observation ORDER BY council)")
            .Should().Be("barking-and-dagenham,brent");
        _db.Scalar("SELECT group_concat(DISTINCT council) FROM (SELECT council FROM document ORDER BY council)")
            .Should().Be("barking-and-dagenham,brent");
    }
}
