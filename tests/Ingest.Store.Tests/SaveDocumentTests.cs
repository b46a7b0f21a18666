using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Tests;

public sealed class SaveDocumentTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static readonly Observation[] HarrowRows = [SeedData.CallsAnswered(), SeedData.OperatingTime(), SeedData.Exclusions()];

    private static DocumentLoad HarrowLoad(IReadOnlyList<Observation>? observations = null) =>
        SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), observations ?? HarrowRows);

    [Fact]
    public void Save_stores_the_document_and_all_its_observations()
    {
        long id;
        using (var store = _db.Open()) id = store.SaveDocument(HarrowLoad());

        var document = ReadOnlyQuery.Run(_db.DbPath, """
            SELECT id, sha256, path, file_name, format, council, title, reporting_period, status, error,
                   table_count, observation_count, read_ms, extract_ms, size_bytes, loaded_at
            FROM document
            """).Rows.Single();
        document.Should().Equal(
            id.ToString(), SeedData.HarrowSha, Path.Combine("corpus", SeedData.HarrowScorecard), SeedData.HarrowScorecard, "docx",
            "harrow", "Appendix 2 - Corporate Scorecard 2023-24", "Q1 2023/24", "ok", null,
            "1", "3", "120", "45", "184320", document[15]);
        DateTime.TryParseExact(document[15], "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", null,
            System.Globalization.DateTimeStyles.AdjustToUniversal, out _).Should().BeTrue();
        _db.Scalar($"SELECT count(*) FROM observation WHERE document_id = {id}").Should().Be("3");
    }

    [Fact]
    public void Values_are_stored_with_their_sql_types_and_absent_values_as_null()
    {
        using (var store = _db.Open()) store.SaveDocument(HarrowLoad());

        var row = ReadOnlyQuery.Run(_db.DbPath, """
            SELECT typeof(target), typeof(actual), typeof(confidence), typeof("table"), typeof("row"), typeof(page),
                   typeof(commentary), typeof(polarity), period_start, period_end
            FROM observation WHERE indicator_key = 'pct-operating-time-without-active-p1-incidents'
            """).Rows.Single();

        // 99.29% with no target in Q4 2022/23 (seed 000).
        row.Should().Equal("null", "real", "real", "integer", "integer", "null", "null", "text", "2023-01-01", "2023-03-31");
    }

    [Fact]
    public void A_load_time_given_by_the_caller_is_kept()
    {
        var load = HarrowLoad() with { Timings = new DocumentTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(250.4)) };

        using (var store = _db.Open()) store.SaveDocument(load);

        _db.Scalar("SELECT load_ms FROM document").Should().Be("250");
    }

    [Fact]
    public void Saving_the_same_content_twice_leaves_the_same_counts()
    {
        long second;
        using (var store = _db.Open())
        {
            store.SaveDocument(HarrowLoad());
            second = store.SaveDocument(HarrowLoad());
        }

        _db.Scalar("SELECT count(*) FROM document").Should().Be("1");
        _db.Scalar("SELECT count(*) FROM observation").Should().Be(HarrowRows.Length.ToString());
        _db.Scalar("SELECT count(DISTINCT document_id) FROM observation").Should().Be("1");
        _db.Scalar("SELECT document_id FROM observation LIMIT 1").Should().Be(second.ToString());
    }

    [Fact]
    public void Different_content_is_kept_side_by_side()
    {
        using (var store = _db.Open())
        {
            store.SaveDocument(HarrowLoad());
            store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut()], "havering"));
        }

        _db.Scalar("SELECT count(*) FROM document").Should().Be("2");
        _db.Scalar("SELECT count(*) FROM observation").Should().Be((HarrowRows.Length + 1).ToString());
    }

    [Fact]
    public void A_save_that_fails_midway_leaves_the_earlier_load_untouched()
    {
        var invalid = SeedData.Exclusions() with { Confidence = 1.5 }; // breaks the CHECK on confidence, after two good rows
        using var store = _db.Open();
        var first = store.SaveDocument(HarrowLoad());

        var act = () => store.SaveDocument(HarrowLoad([SeedData.CallsAnswered(), SeedData.OperatingTime(), invalid]));

        act.Should().Throw<SqliteException>().WithMessage("*CHECK constraint failed*");
        _db.Scalar("SELECT count(*) FROM document").Should().Be("1");
        _db.Scalar($"SELECT count(*) FROM observation WHERE document_id = {first}").Should().Be(HarrowRows.Length.ToString());
    }

    [Fact]
    public void A_new_document_that_fails_midway_leaves_nothing_and_the_store_stays_usable()
    {
        var invalid = SeedData.StayingPut() with { Confidence = -0.2 };
        using var store = _db.Open();

        var act = () => store.SaveDocument(
            SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut(), invalid], "havering"));

        act.Should().Throw<SqliteException>();
        _db.Scalar("SELECT count(*) FROM document").Should().Be("0");
        _db.Scalar("SELECT count(*) FROM observation").Should().Be("0");

        store.SaveDocument(HarrowLoad());
        _db.Scalar("SELECT count(*) FROM observation").Should().Be(HarrowRows.Length.ToString());
    }

    [Fact]
    public void Five_thousand_observations_load_in_one_document()
    {
        // 1,250 rows of the scorecard, each with four quarters of 2023/24, as a long multi-period table would give.
        var observations = Enumerable.Range(1, 1250)
            .SelectMany(row => Enumerable.Range(1, 4).Select(quarter => SeedData.CallsAnswered(Period.FinancialQuarter(2023, quarter), row) with
            {
                Actual = 90m + row % 10 + quarter / 10m,
                ActualRaw = $"{90 + row % 10 + quarter / 10m}%",
            }))
            .ToList();

        using (var store = _db.Open()) store.SaveDocument(HarrowLoad(observations));

        _db.Scalar("SELECT count(*) FROM observation").Should().Be("5000");
        _db.Scalar("SELECT observation_count FROM document").Should().Be("5000");
        var exported = ObservationExport.Rows(_db.DbPath).ToList();
        exported.Should().HaveCount(5000);
        // Export orders by row then period start: the same order the rows were built in.
        exported.Should().BeEquivalentTo(observations.Select(ObservationColumns.Values), o => o.WithStrictOrdering());
    }
}
