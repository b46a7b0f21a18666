using Ingest.Core.Observations;
using Ingest.Store.Schema;

namespace Ingest.Store.Tests;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Open_creates_the_database_in_a_new_folder_and_applies_every_migration()
    {
        var path = Path.Combine(_db.Folder, "nested", "data", "ingest.db");

        using (SqliteObservationStore.Open(path)) { }

        File.Exists(path).Should().BeTrue();
        var versions = ReadOnlyQuery.Run(path, "SELECT version, description, applied_at FROM schema_version ORDER BY version");
        versions.Rows.Select(r => r[0]).Should().Equal(StoreSchema.Migrations.Select(m => m.Version.ToString()));
        versions.Rows.Select(r => r[1]).Should().Equal(StoreSchema.Migrations.Select(m => m.Description));
        versions.Rows.Should().OnlyContain(r => r[2]!.EndsWith('Z') && DateTime.Parse(r[2]!).Year >= 2024);
    }

    [Fact]
    public void Observation_table_has_the_contract_columns_in_contract_order()
    {
        using (_db.Open()) { }

        var columns = ReadOnlyQuery.Run(_db.DbPath, "SELECT name FROM pragma_table_info('observation') ORDER BY cid")
            .Rows.Select(r => r[0]).ToList();

        columns.Should().Equal(
            new[] { "id", "document_id" }
                .Concat(ObservationColumns.Names)
                .Concat(["row_box_left", "row_box_top", "row_box_right", "row_box_bottom"])
                .Concat(["council_code", "indicator_id", "indicator_match", "indicator_match_score"]));
    }

    [Fact]
    public void Observation_table_is_indexed_for_the_usual_filters()
    {
        using (_db.Open()) { }

        var leadingColumns = ReadOnlyQuery.Run(_db.DbPath, """
            SELECT ii.name FROM pragma_index_list('observation') il, pragma_index_info(il.name) ii WHERE ii.seqno = 0
            """).Rows.Select(r => r[0]).ToList();

        leadingColumns.Should().Contain(["council", "indicator_key", "period_start", "document_id"]);
    }

    [Fact]
    public void Database_uses_write_ahead_logging()
    {
        using (_db.Open()) { }

        _db.Scalar("PRAGMA journal_mode").Should().Be("wal");
    }

    [Fact]
    public void Reopening_applies_nothing_again_and_keeps_the_data()
    {
        using (var store = _db.Open())
            store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), [SeedData.CallsAnswered()]));

        using (_db.Open()) { }

        _db.Scalar("SELECT count(*) FROM schema_version").Should().Be(StoreSchema.Migrations.Count.ToString());
        _db.Scalar("SELECT count(*) FROM observation").Should().Be("1");
    }

    [Fact]
    public void An_empty_database_file_is_upgraded_to_the_current_schema()
    {
        File.WriteAllBytes(_db.DbPath, []);

        using (_db.Open()) { }

        _db.Scalar("SELECT max(version) FROM schema_version").Should().Be(StoreSchema.Migrations[^1].Version.ToString());
        _db.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('document', 'observation')").Should().Be("2");
    }

    [Fact]
    public void An_older_database_gets_only_the_migrations_it_lacks()
    {
        var first = new Migration(1, "first", "CREATE TABLE kept (x TEXT); INSERT INTO kept VALUES ('from version 1');");
        var second = new Migration(2, "second", "CREATE TABLE added (y INTEGER);");
        using (SqliteObservationStore.Open(_db.DbPath, [first])) { }

        using (SqliteObservationStore.Open(_db.DbPath, [first, second])) { }

        ReadOnlyQuery.Run(_db.DbPath, "SELECT version, description FROM schema_version ORDER BY version").Rows
            .Should().BeEquivalentTo(new[] { new[] { "1", "first" }, new[] { "2", "second" } }, o => o.WithStrictOrdering());
        _db.Scalar("SELECT x FROM kept").Should().Be("from version 1");
        _db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'added'").Should().Be("1");
    }

    [Fact]
    public void A_failing_migration_is_rolled_back_whole_and_named_in_the_error()
    {
        var first = new Migration(1, "first", "CREATE TABLE kept (x TEXT);");
        var broken = new Migration(2, "half done", "CREATE TABLE half (y INTEGER); CREATE TABLE broken (;");

        var act = () => SqliteObservationStore.Open(_db.DbPath, [first, broken]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*migration 2 (half done) failed*");
        _db.Scalar("SELECT max(version) FROM schema_version").Should().Be("1");
        _db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'").Should().Be("0");
    }

    [Fact]
    public void A_database_from_a_newer_program_is_refused_with_a_clear_message()
    {
        using (_db.Open()) { }
        RawSql.Execute(_db.DbPath, "INSERT INTO schema_version (version, applied_at, description) VALUES (999, '2030-01-01T00:00:00.000Z', 'future')");

        var act = () => SqliteObservationStore.Open(_db.DbPath);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage($"*schema version 999*newer than the newest this program knows ({StoreSchema.Migrations[^1].Version})*");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(0, 1)]
    public void Migrations_must_have_increasing_positive_versions(int firstVersion, int secondVersion)
    {
        var act = () => new SchemaMigrator([new Migration(firstVersion, "a", "SELECT 1"), new Migration(secondVersion, "b", "SELECT 1")]);

        act.Should().Throw<ArgumentException>();
    }
}
