namespace Ingest.Store.Tests;

public sealed class ReadOnlyQueryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public ReadOnlyQueryTests()
    {
        using var store = _db.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha),
            [SeedData.CallsAnswered(), SeedData.OperatingTime(), SeedData.Exclusions()]));
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Returns_column_names_and_invariant_values_without_trailing_zeros()
    {
        var result = ReadOnlyQuery.Run(_db.DbPath, """SELECT "row", target, actual, confidence, page FROM observation ORDER BY "row" """);

        result.Columns.Should().Equal("row", "target", "actual", "confidence", "page");
        result.Rows.Should().BeEquivalentTo(new[]
        {
            new[] { "4", "90", "95", "1", null },
            new[] { "14", null, "99.29", "1", null },
            new[] { "98", "0.2", "0.1", "0.7", null },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Computed_reals_print_in_their_shortest_exact_form()
    {
        // Doubling is exact in binary, so twice the stored 99.29 is the double nearest 198.58.
        var row = ReadOnlyQuery.Run(_db.DbPath, """SELECT actual * 2, 7000000.0, 1e-30 FROM observation WHERE "row" = 14""").Rows.Single();

        row.Should().Equal("198.58", "7000000", "1E-30");
    }

    [Theory]
    [InlineData("DELETE FROM observation")]
    [InlineData("INSERT INTO document (sha256, path, file_name, format, status, size_bytes, loaded_at) VALUES ('x', 'x', 'x', 'docx', 'ok', 1, 'x')")]
    [InlineData("UPDATE observation SET actual = 0")]
    [InlineData("DROP TABLE observation")]
    [InlineData("SELECT 1; DELETE FROM observation")]
    public void Statements_that_change_data_are_refused(string sql)
    {
        var act = () => ReadOnlyQuery.Run(_db.DbPath, sql).Rows.ToList();

        act.Should().Throw<QueryException>().WithMessage("*read-only*");
        _db.Scalar("SELECT count(*) FROM observation").Should().Be("3");
        _db.Scalar("SELECT count(*) FROM document").Should().Be("1");
    }

    [Fact]
    public void Invalid_sql_is_reported_as_a_query_failure()
    {
        var act = () => ReadOnlyQuery.Run(_db.DbPath, "SELEC indicator FROM observation");

        act.Should().Throw<QueryException>().WithMessage("query failed:*syntax error*");
    }

    [Fact]
    public void A_missing_database_is_reported_and_not_created()
    {
        var missing = Path.Combine(_db.Folder, "nothing-here.db");

        var act = () => ReadOnlyQuery.Run(missing, "SELECT 1");

        act.Should().Throw<FileNotFoundException>().WithMessage($"no database at {missing}; run 'ingest run' first");
        File.Exists(missing).Should().BeFalse();
    }

    [Fact]
    public void Reads_committed_data_while_a_store_is_still_open()
    {
        using var store = _db.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut()], "havering"));

        _db.Scalar("SELECT count(*) FROM observation").Should().Be("4");
    }
}
