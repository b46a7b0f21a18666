using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Extraction.Tests.Blocks;

/// <summary>
/// KPIs printed as blocks (issue 4, item 8): a title ending with the RAG word, then
/// "Latest: 94%  Target: 90%, Floor: 85%  Previous: 89% (Amber)" (the issue's own line), a chart, commentary.
/// Titles and figures are those of the corpus's Kent block reports.
/// </summary>
public sealed class KpiBlockTests
{
    private const string Title = "CS01: Percentage of callers who rated the advisor who dealt with their call as good GREEN";
    private const string IssueLine = "Latest: 94%  Target: 90%, Floor: 85%  Previous: 89% (Amber)";
    private const string Name = "Percentage of callers who rated the advisor who dealt with their call as good";
    private const string Commentary = "Performance improved on the previous quarter; the target has been met.";

    private static DocumentContent Report(IEnumerable<string> body, params Table[] tables) => TableBuilder.Document("kent-qpr.pdf",
        ["Kent County Council", "Quarterly Performance Report Q4 2023/24", .. body], tables);

    private static IReadOnlyList<Observation> Extract(DocumentContent document) => Rules.Extractor().Extract(document).Observations;

    [Fact]
    public void A_block_gives_the_reporting_quarter_and_the_quarter_before()
    {
        var observations = Extract(Report(["Customer Services", Title, IssueLine, Commentary]));

        observations.Should().HaveCount(2);
        var previous = observations.Single(o => o.Period.Label == "Q3 2023/24");
        var latest = observations.Single(o => o.Period.Label == "Q4 2023/24");
        latest.Indicator.Should().Be(Name, "the reference code before the name is not part of it");
        latest.Council.Should().Be("kent");
        latest.Actual.Should().Be(94m);
        latest.Target.Should().Be(90m);
        latest.Rag.Should().Be(Rag.Green);
        latest.RagSource.Should().Be(RagSource.Text);
        latest.Unit.Should().Be(Unit.Percent);
        latest.Polarity.Should().Be(Polarity.Higher, "the floor standard lies below the target");
        latest.Section.Should().Be("Customer Services");
        latest.Commentary.Should().Be(Commentary);
        previous.Actual.Should().Be(89m);
        previous.ActualRaw.Should().Be("89%");
        previous.Rag.Should().Be(Rag.Amber, "the bracketed word after the previous figure is its RAG");
        previous.Target.Should().BeNull("the block prints no target for the previous quarter");
        previous.Commentary.Should().BeEmpty();
        previous.Period.Start.Should().Be(new DateOnly(2023, 10, 1));
    }

    [Fact]
    public void A_floor_above_the_target_means_lower_is_better()
    {
        var observations = Extract(Report([
            "GET03: Average number of days to repair a streetlight fault AMBER",
            "Latest: 7.5  Target: 7  Floor: 10  Previous: 7.1 (Amber)",
        ]));

        observations.Should().HaveCount(2).And.OnlyContain(o => o.Polarity == Polarity.Lower && o.Unit == Unit.Days);
        observations.Single(o => o.Period.Label == "Q4 2023/24").Actual.Should().Be(7.5m);
    }

    [Fact]
    public void Title_and_figures_run_together_on_one_line_are_still_a_block()
    {
        var observations = Extract(Report([Title + " " + IssueLine]));

        observations.Should().HaveCount(2);
        observations.Should().OnlyContain(o => o.Indicator == Name);
    }

    [Fact]
    public void Prose_that_ends_with_a_RAG_word_or_mentions_the_latest_figures_is_no_block()
    {
        // From the Kent cover report (realdocs): prose about RAG ratings, no values line after it.
        var observations = Extract(Report([
            "Of the 38 KPIs included in the report, the latest RAG status are as follows:",
            "17 are rated Green",
            "The latest position is set out below and the previous quarter is shown for comparison.",
        ]));

        observations.Should().BeEmpty();
    }

    [Fact]
    public void Headings_give_sections_and_commentary_stops_at_the_next_heading()
    {
        var observations = Extract(Report([
            "Customer Services", Title, IssueLine, Commentary,
            "Children, Young People and Education",
            "CYPE02: Number of children in care placed out of county AMBER",
            "Latest: 128  Target: 120  Floor: 150  Previous: 124 (Amber)",
        ]));

        var children = observations.Where(o => o.Indicator == "Number of children in care placed out of county").ToList();
        children.Should().HaveCount(2).And.OnlyContain(o => o.Section == "Children, Young People and Education" && o.Unit == Unit.Count);
        children.Should().OnlyContain(o => o.Commentary == "");
        observations.Single(o => o.Indicator == Name && o.Period.Label == "Q4 2023/24").Commentary.Should().Be(Commentary);
    }

    [Fact]
    public void The_summary_table_gives_the_previous_RAG_when_the_block_does_not_and_is_not_read_twice()
    {
        var summary = new TableBuilder(4)
            .Header("Ref", "Key Performance Indicator", "Q3 2023/24 RAG", "Q4 2023/24 RAG")
            .Section("Customer Services")
            .Row("CS01", Name, "AMBER", "GREEN")
            .Build();
        var observations = Extract(Report(["Customer Services", Title, "Latest: 94%  Target: 90%  Floor: 85%  Previous: 89%"], summary));

        observations.Should().HaveCount(2, "the summary table adds no observations of its own");
        var previous = observations.Single(o => o.Period.Label == "Q3 2023/24");
        previous.Rag.Should().Be(Rag.Amber);
        previous.RagSource.Should().Be(RagSource.Text);
        observations.Should().OnlyContain(o => o.Table == 1 && o.Row == 3, "provenance is the KPI's row in the summary table");
    }

    [Fact]
    public void A_table_that_yields_nothing_does_not_date_the_blocks()
    {
        // Seed 6868's North Tyneside scan: a KPI box's chart, its axis read under the box's title, was read as a
        // table with a latest period (the axis's first month, December 2023) and no row of figures. That month became
        // the report's, and every block was dated December 2023 instead of the report's quarter.
        var chart = new TableBuilder(3)
            .Header("Performance indicator", "December 2023 Actual", "December 2023 Target")
            .Build();
        var result = Rules.Extractor().Extract(Report([Title, IssueLine], chart));

        result.Tables.Should().ContainSingle(t => t.IsScorecard && t.Observations == 0, "the chart reads as a scorecard with no rows");
        result.Observations.Select(o => o.Period.Label).Should().BeEquivalentTo(["Q3 2023/24", "Q4 2023/24"]);
        result.ReportingPeriod!.Label.Should().Be("Q4 2023/24");
    }

    [Fact]
    public void A_summary_RAG_printed_only_as_a_fill_is_a_colour_RAG()
    {
        var summary = new TableBuilder(3)
            .Header("Key Performance Indicator", "Previous RAG", "Latest RAG")
            .Cells(Cells.Text(Name), Cells.Text("", fill: "FF0000"), Cells.Text("", fill: "00B050"))
            .Build();
        var observations = Extract(Report([Title, "Latest: 94%  Target: 90%  Floor: 85%  Previous: 84%"], summary));

        var previous = observations.Single(o => o.Period.Label == "Q3 2023/24");
        previous.Rag.Should().Be(Rag.Red);
        previous.RagSource.Should().Be(RagSource.Colour);
    }

    [Fact]
    public void A_scorecard_table_that_reads_the_same_KPI_and_quarter_is_merged_into_one_observation()
    {
        var scorecard = new TableBuilder(4)
            .Header("Indicator", "Target Q4 2023/24", "Actual Q4 2023/24", "Lead officer")
            .Row(Name, "90%", "94%", "Head of Customer Services")
            .Build();
        var observations = Extract(Report([Title, IssueLine], scorecard));

        observations.Should().HaveCount(2, "one observation per indicator and period");
        var latest = observations.Single(o => o.Period.Label == "Q4 2023/24");
        latest.Rag.Should().Be(Rag.Green, "from the block's title");
        latest.Owner.Should().Be("Head of Customer Services", "from the table, which the block does not print");
    }

    [Theory]
    [InlineData(2024, 1, "Q4 2023/24")]
    [InlineData(2023, 4, "Q3 2023/24")]
    [InlineData(2023, 2, "Q1 2023/24")]
    public void The_previous_figure_belongs_to_the_quarter_before_the_report(int year, int quarter, string before) =>
        Period.FinancialQuarter(year, quarter).Previous()!.Label.Should().Be(before);

    [Fact]
    public void The_year_before_a_financial_year_is_the_one_before_it() =>
        Period.FinancialYear(2023).Previous().Should().Be(Period.FinancialYear(2022));

    [Fact]
    public void The_month_before_January_is_December_of_the_year_before() =>
        Period.Month(2024, 1).Previous().Should().Be(Period.Month(2023, 12));
}
