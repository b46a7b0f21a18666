namespace Ingest.Store.Tests.Conformance;

/// <summary>Read-only SQL: values printed alike on every engine, and no statement can change the data.</summary>
public abstract class ReadOnlyQueryConformance : IDisposable
{
    protected StoreEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        GC.SuppressFinalize(this);
    }

    protected ReadOnlyQueryConformance(StoreEngine engine)
    {
        Engine = engine;
        using var store = Engine.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha),
            [SeedData.CallsAnswered(), SeedData.OperatingTime(), SeedData.Exclusions()]));
    }

    [StoreFact]
    public void Returns_column_names_and_invariant_values_without_trailing_zeros()
    {
        var result = Engine.Query("""SELECT "row", target, actual, confidence, page FROM observation ORDER BY "row" """);

        result.Columns.Should().Equal("row", "target", "actual", "confidence", "page");
        result.Rows.Should().BeEquivalentTo(new[]
        {
            new[] { "4", "90", "95", "1", null },
            new[] { "14", null, "99.29", "1", null },
            new[] { "98", "0.2", "0.1", "0.7", null },
        }, o => o.WithStrictOrdering());
    }

    [StoreFact]
    public void Computed_reals_print_in_their_shortest_exact_form()
    {
        // Doubling is exact in binary, so twice the stored 99.29 is the double nearest 198.58.
        var row = Engine.Query("""SELECT actual * 2, 7000000.0, 1e-30 FROM observation WHERE "row" = 14""").Rows.Single();

        row.Should().Equal("198.58", "7000000", "1E-30");
    }

    [StoreFact]
    public void Statements_that_change_data_are_refused()
    {
        string[] statements =
        [
            "DELETE FROM observation",
            "INSERT INTO document (sha256, path, file_name, format, status, size_bytes, loaded_at) VALUES ('x', 'x', 'x', 'docx', 'ok', 1, 'x')",
            "UPDATE observation SET actual = 0",
            "DROP TABLE observation",
            "SELECT 1; DELETE FROM observation",
        ];
        foreach (var sql in statements)
        {
            var act = () => Engine.Query(sql).Rows.ToList();

            act.Should().Throw<QueryException>(sql).WithMessage("*read-only*");
            Engine.Scalar("SELECT count(*) FROM observation").Should().Be("3", sql);
            Engine.Scalar("SELECT count(*) FROM document").Should().Be("1", sql);
        }
    }

    [StoreFact]
    public void Invalid_sql_is_reported_as_a_query_failure()
    {
        var act = () => Engine.Query("SELEC indicator FROM observation");

        act.Should().Throw<QueryException>().WithMessage("query failed:*syntax error*");
    }

    [StoreFact]
    public void Reads_committed_data_while_a_store_is_still_open()
    {
        using var store = Engine.Open();
        store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut()], "havering"));

        Engine.Scalar("SELECT count(*) FROM observation").Should().Be("4");
    }
}
