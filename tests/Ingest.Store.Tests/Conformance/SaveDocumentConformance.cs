using Ingest.Core.Observations;
using Ingest.Core.Pipeline;

namespace Ingest.Store.Tests.Conformance;

/// <summary>Loading documents: one transaction each, replacing an earlier load of the same content.</summary>
public abstract class SaveDocumentConformance(StoreEngine engine) : IDisposable
{
    protected StoreEngine Engine { get; } = engine;

    public void Dispose()
    {
        Engine.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static readonly Observation[] HarrowRows = [SeedData.CallsAnswered(), SeedData.OperatingTime(), SeedData.Exclusions()];

    protected static DocumentLoad HarrowLoad(IReadOnlyList<Observation>? observations = null) =>
        SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), observations ?? HarrowRows);

    [StoreFact]
    public void Save_stores_the_document_and_all_its_observations()
    {
        long id;
        using (var store = Engine.Open()) id = store.SaveDocument(HarrowLoad());

        var document = Engine.Query("""
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
        Engine.Scalar($"SELECT count(*) FROM observation WHERE document_id = {id}").Should().Be("3");
    }

    [StoreFact]
    public void A_load_time_given_by_the_caller_is_kept()
    {
        var load = HarrowLoad() with { Timings = new DocumentTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(250.4)) };

        using (var store = Engine.Open()) store.SaveDocument(load);

        Engine.Scalar("SELECT load_ms FROM document").Should().Be("250");
    }

    [StoreFact]
    public void Saving_the_same_content_twice_leaves_the_same_counts()
    {
        long second;
        using (var store = Engine.Open())
        {
            store.SaveDocument(HarrowLoad());
            second = store.SaveDocument(HarrowLoad());
        }

        Engine.Scalar("SELECT count(*) FROM document").Should().Be("1");
        Engine.Scalar("SELECT count(*) FROM observation").Should().Be(HarrowRows.Length.ToString());
        Engine.Scalar("SELECT count(DISTINCT document_id) FROM observation").Should().Be("1");
        Engine.Scalar("SELECT document_id FROM observation LIMIT 1").Should().Be(second.ToString());
    }

    [StoreFact]
    public void Different_content_is_kept_side_by_side()
    {
        using (var store = Engine.Open())
        {
            store.SaveDocument(HarrowLoad());
            store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut()], "havering"));
        }

        Engine.Scalar("SELECT count(*) FROM document").Should().Be("2");
        Engine.Scalar("SELECT count(*) FROM observation").Should().Be((HarrowRows.Length + 1).ToString());
    }

    [StoreFact]
    public void A_save_that_fails_midway_leaves_the_earlier_load_untouched()
    {
        var invalid = SeedData.Exclusions() with { Confidence = 1.5 }; // breaks the CHECK on confidence, after two good rows
        using var store = Engine.Open();
        var first = store.SaveDocument(HarrowLoad());

        var act = () => store.SaveDocument(HarrowLoad([SeedData.CallsAnswered(), SeedData.OperatingTime(), invalid]));

        act.Should().Throw<Exception>().Which.Should().Match<Exception>(e => Engine.IsCheckViolation(e));
        Engine.Scalar("SELECT count(*) FROM document").Should().Be("1");
        Engine.Scalar($"SELECT count(*) FROM observation WHERE document_id = {first}").Should().Be(HarrowRows.Length.ToString());
    }

    [StoreFact]
    public void A_new_document_that_fails_midway_leaves_nothing_and_the_store_stays_usable()
    {
        var invalid = SeedData.StayingPut() with { Confidence = -0.2 };
        using var store = Engine.Open();

        var act = () => store.SaveDocument(
            SeedData.Load(SeedData.Source(SeedData.HaveringReport, SeedData.HaveringSha, "pdf"), [SeedData.StayingPut(), invalid], "havering"));

        act.Should().Throw<Exception>().Which.Should().Match<Exception>(e => Engine.IsCheckViolation(e));
        Engine.Scalar("SELECT count(*) FROM document").Should().Be("0");
        Engine.Scalar("SELECT count(*) FROM observation").Should().Be("0");

        store.SaveDocument(HarrowLoad());
        Engine.Scalar("SELECT count(*) FROM observation").Should().Be(HarrowRows.Length.ToString());
    }

    [StoreFact]
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

        using (var store = Engine.Open()) store.SaveDocument(HarrowLoad(observations));

        Engine.Scalar("SELECT count(*) FROM observation").Should().Be("5000");
        Engine.Scalar("SELECT observation_count FROM document").Should().Be("5000");
        var exported = Engine.Database.Export().ToList();
        exported.Should().HaveCount(5000);
        // Export orders by row then period start: the same order the rows were built in.
        exported.Should().BeEquivalentTo(observations.Select(ObservationColumns.Values), o => o.WithStrictOrdering());
    }
}
