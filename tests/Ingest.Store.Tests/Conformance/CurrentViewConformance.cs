using Ingest.Core.Observations;
using Ingest.Core.Pipeline;

namespace Ingest.Store.Tests.Conformance;

/// <summary>Schema version 4: indicator identity on each observation, and the latest report's value in observation_current.</summary>
public abstract class CurrentViewConformance(StoreEngine engine) : IDisposable
{
    protected StoreEngine Engine { get; } = engine;

    public void Dispose()
    {
        Engine.Dispose();
        GC.SuppressFinalize(this);
    }

    private const string Q2Report = "harrow-scorecard-q2-2023-24.docx";
    private const string Q2Sha = "77aa000000000000000000000000000000000000000000000000000000000000";
    private static readonly IndicatorMapping Calls = new("customer-calls-answered", MatchMethod.Alias, 100);

    [StoreFact]
    public void A_later_reports_value_for_the_same_indicator_and_period_wins_and_the_older_stays_queryable()
    {
        using (var store = Engine.Open())
        {
            store.SaveDocument(Q1ReportSaying(95m));
            store.SaveDocument(Q2ReportRevisingQ1To(93m));
        }

        Engine.Scalar("SELECT actual FROM observation_current WHERE indicator_id = 'customer-calls-answered' AND period_label = 'Q1 2023/24'")
            .Should().Be("93");
        Engine.Scalar("SELECT revisions FROM observation_current WHERE indicator_id = 'customer-calls-answered' AND period_label = 'Q1 2023/24'")
            .Should().Be("2");
        Engine.Query("SELECT actual FROM observation WHERE period_label = 'Q1 2023/24' ORDER BY actual")
            .Rows.Select(r => r[0]).Should().Equal("93", "95");
    }

    [StoreFact]
    public void The_reporting_period_decides_not_the_order_of_loading()
    {
        using (var store = Engine.Open())
        {
            store.SaveDocument(Q2ReportRevisingQ1To(93m));
            store.SaveDocument(Q1ReportSaying(95m));
        }

        Engine.Scalar("SELECT actual FROM observation_current WHERE period_label = 'Q1 2023/24'").Should().Be("93");
        Engine.Scalar("SELECT d.file_name FROM observation_current o JOIN document d ON d.id = o.document_id WHERE o.period_label = 'Q1 2023/24'")
            .Should().Be(Q2Report);
    }

    [StoreFact]
    public void Different_periods_and_different_indicators_are_not_revisions_of_each_other()
    {
        using (var store = Engine.Open())
        {
            store.SaveDocument(Q1ReportSaying(95m));
            store.SaveDocument(Q2ReportRevisingQ1To(93m));
        }

        Engine.Scalar("SELECT count(*) FROM observation_current").Should().Be("2");
        Engine.Scalar("SELECT actual FROM observation_current WHERE period_label = 'Q2 2023/24'").Should().Be("97");
    }

    [StoreFact]
    public void Identity_council_code_and_reporting_period_dates_are_stored()
    {
        using (var store = Engine.Open()) store.SaveDocument(Q1ReportSaying(95m));

        Engine.Query("SELECT council_code, indicator_id, indicator_match, indicator_match_score FROM observation")
            .Rows.Single().Should().Equal("E09000015", "customer-calls-answered", "alias", "100");
        Engine.Query("SELECT reporting_period_start, reporting_period_end FROM document")
            .Rows.Single().Should().Equal("2023-04-01", "2023-06-30");
    }

    [StoreFact]
    public void An_observation_without_identity_is_stored_with_empty_identity_columns()
    {
        using (var store = Engine.Open())
            store.SaveDocument(SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha), [SeedData.CallsAnswered()]));

        Engine.Query("SELECT council_code, indicator_id, indicator_match FROM observation")
            .Rows.Single().Should().Equal(null, null, null);
        Engine.Scalar("SELECT count(*) FROM observation_current").Should().Be("1");
    }

    [StoreFact]
    public void A_councils_series_are_read_back_with_their_current_values_in_any_case()
    {
        using (var store = Engine.Open())
        {
            store.SaveDocument(Q1ReportSaying(95m));
            store.SaveDocument(Q2ReportRevisingQ1To(93m));
        }

        var series = Engine.Database.CouncilSeries("HARROW");

        series.Select(p => (p.IndicatorId, p.PeriodLabel, p.Actual, p.Revisions, p.Document)).Should().Equal(
            ("customer-calls-answered", "Q1 2023/24", 93.0, 2, Q2Report),
            ("customer-calls-answered", "Q2 2023/24", 97.0, 1, Q2Report));
        series[0].PeriodStart.Should().Be(new DateOnly(2023, 4, 1));
        Engine.Database.CouncilSeries("brent").Should().BeEmpty();
    }

    private static Observation Identified(Observation o) => o with { Mapping = Calls, CouncilCode = "E09000015" };

    private static DocumentLoad Q1ReportSaying(decimal actual) =>
        SeedData.Load(SeedData.Source(SeedData.HarrowScorecard, SeedData.HarrowSha),
                [Identified(SeedData.CallsAnswered() with { Actual = actual, ActualRaw = $"{actual}%" })])
            with { ReportingPeriodDates = Period.FinancialQuarter(2023, 1) };

    private static DocumentLoad Q2ReportRevisingQ1To(decimal revised) =>
        SeedData.Load(SeedData.Source(Q2Report, Q2Sha),
            [
                Identified(SeedData.CallsAnswered() with { Document = Q2Report, Actual = revised, ActualRaw = $"{revised}%" }),
                Identified(SeedData.CallsAnswered(Period.FinancialQuarter(2023, 2), row: 5) with { Document = Q2Report, Actual = 97m, ActualRaw = "97%" }),
            ], "harrow")
            with { ReportingPeriod = "Q2 2023/24", ReportingPeriodDates = Period.FinancialQuarter(2023, 2) };
}
