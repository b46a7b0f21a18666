namespace Ingest.Extraction.Tests;

/// <summary>
/// A plan of commitments (Kent's ICS priorities and measures, in shared/realdocs) has headers a scorecard
/// could have ("Measure", "Led by", "Timescale") but measures nothing yet: it must yield no observations.
/// </summary>
public sealed class PlanTableTests
{
    private static ExtractionResult Extract(TableBuilder builder) =>
        Rules.Extractor().Extract(TableBuilder.Document("plan.pdf", ["Kent County Council", "Priorities and measures 2025/26"], builder.Build()));

    [Fact]
    public void A_table_of_commitments_with_no_number_rag_or_trend_is_not_a_scorecard()
    {
        // As the real plan reads: a row whose "Mar 2026" looks like a period heading makes the rows under it
        // look like a scorecard's, and its "Measure" column like a target.
        var result = Extract(new TableBuilder(5)
            .Row("What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome")
            .Row("CYPE recognise the importance of early years influences on life-long health and wellbeing.", "", "", "", "")
            .Row("Optimise the opportunity of family hubs", "Lead for Family Hubs", "Mar 2026", "Agreed metrics on core plus and MOU with PH", "SO1")
            .Row("Encourage healthy behaviours within families", "Lead for Family Hubs", "Mar 2026",
                "Systems to offer healthy behaviour support in place and delivering", "SO1")
            .Row("Ensure a clear evidence-based approach to parenting", "FH workforce leads for parenting", "Mar 2026",
                "Agree metrics on core plus", "SO1, SO2")
            .Row("Better understand the barriers to low uptake of early years provision", "Early years lead The Education People",
                "Mar 2026", "Increased target group families utilising early years provision", "SO1, SO2")
            .Row("Deliver school support for healthy behaviours including the Daily Mile and mental/emotional health", "Active Kent",
                "Mar 2026", "Proportion of primary schools offering Daily Mile", "SO1, SO3")
            .Row("Support economically deprived families receive available benefits", "Lead for Family Hubs/Financial Hardship Programme Manager",
                "Mar 2026", "Staff in the family hub are able to connect to appropriate support within the network.", "SO1, SO2")
            .Row("Ensure community learning services focus on skills for employment with links to FE providers",
                "Head of Service Community Learning and Skills", "Mar 2026", "Number and nature of courses focussing on skills for employment", "SO2"));

        result.Observations.Should().BeEmpty();
        result.Tables.Should().ContainSingle().Which.Reason.Should().Be(ScorecardExtractor.NoMeasurements);
    }

    [Fact]
    public void A_scorecard_whose_rows_are_mostly_not_yet_reported_still_counts_when_one_row_has_a_value()
    {
        var result = Extract(new TableBuilder(4)
            .Header("Indicator", "2025/26 Q1 Target", "2025/26 Q1 Actual", "RAG")
            .Row("Emergency admission rates", "TBC", "N/A", "")
            .Row("% of service users receiving direct payments", "36%", "33.8%", "Red"));

        result.Observations.Should().HaveCount(2, "a row not yet reported belongs to a table that measures");
    }
}

/// <summary>extraction-rules/documents.yaml: a report titled as finance monitoring is not read for scorecards.</summary>
public sealed class DocumentKindTests
{
    private static TableBuilder TreasuryLikeTable() => new TableBuilder(3)
        .Row("Liquidity risk indicator", "Q3 2024/25 Actual", "Q3 2024/25 Target")
        .Row("Total cash available within 3 months", "£145.76m", "£100m")
        .Row("Portfolio average credit rating", "7.5", "6.0");

    private static ExtractionResult Extract(string title) =>
        Rules.Extractor().Extract(TableBuilder.Document("report.pdf", ["Kent County Council", title], TreasuryLikeTable().Build()));

    [Fact]
    public void A_finance_monitoring_report_yields_no_observations_and_says_why()
    {
        var result = Extract("Finance Monitoring Report");

        result.Observations.Should().BeEmpty();
        result.Tables.Should().ContainSingle().Which.Reason.Should().Contain("Finance Monitoring Report").And.Contain("documents.yaml");
    }

    [Fact]
    public void A_finance_and_performance_report_is_read_as_usual()
    {
        Extract("Finance and Performance Monitoring Report").Observations.Should().NotBeEmpty();
    }
}
