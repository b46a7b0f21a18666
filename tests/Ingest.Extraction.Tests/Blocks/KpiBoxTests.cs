using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Extraction.Tests.Blocks;

/// <summary>
/// KPIs printed as boxes, as real county quarterly reports print them: a small table whose first row holds the
/// title and a RAG box with an arrow, then chart rows, then a row of labelled figures. The figures are invented.
/// </summary>
public sealed class KpiBoxTests
{
    private const string Name = "Percentage of calls answered within 85 seconds";

    private static DocumentContent Report(params Table[] tables) => TableBuilder.Document("kent-qpr.docx",
        ["Kent County Council", "Quarterly Performance Report Q4 2023/24"], tables);

    private static IReadOnlyList<Observation> Extract(DocumentContent document) => Rules.Extractor().Extract(document).Observations;

    private static Table Box(string title, string ragBox, int index = 1, params string[] context) => new TableBuilder(3)
        .Row(title, "", ragBox)
        .Row("Q1 22/23", "Q1 23/24", "Q4 23/24")
        .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 81% (Green)")
        .Build(index, context);

    [Fact]
    public void A_box_gives_both_quarters_and_its_arrow_is_the_latest_direction_of_travel()
    {
        var observations = Extract(Report(Box(Name, "AMBER ↓", context: "Customer Services")));

        observations.Should().HaveCount(2);
        var latest = observations.Single(o => o.Period.Label == "Q4 2023/24");
        latest.Indicator.Should().Be(Name);
        latest.Actual.Should().Be(78m);
        latest.Target.Should().Be(80m);
        latest.Rag.Should().Be(Rag.Amber);
        latest.Dot.Should().Be(Direction.Declining, "Kent's down arrow means performance got worse");
        latest.DotRaw.Should().Be("↓");
        latest.Section.Should().Be("Customer Services", "the heading before the box");
        var previous = observations.Single(o => o.Period.Label == "Q3 2023/24");
        previous.Actual.Should().Be(81m);
        previous.Rag.Should().Be(Rag.Green);
        previous.Dot.Should().BeNull("the box's arrow compares the latest figure with the one before");
    }

    [Fact]
    public void A_rolling_twelve_month_KPI_is_dated_as_twelve_months_to_each_quarter_end()
    {
        var observations = Extract(Report(Box(Name + " (rolling 12 months)", "GREEN →")));

        observations.Should().OnlyContain(o => o.Indicator == Name, "the period kind is no part of the name");
        observations.Select(o => (o.Period.Start, o.Period.End)).Should().BeEquivalentTo(new[]
        {
            (new DateOnly(2023, 4, 1), new DateOnly(2024, 3, 31)),
            (new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)),
        });
    }

    [Fact]
    public void An_activity_box_without_a_RAG_is_context_not_a_KPI()
    {
        var activity = new TableBuilder(2)
            .Row("Number of contacts to the Customer Contact Centre", "")
            .Row("Latest: 120,000", "Previous: 118,500")
            .Build();

        Extract(Report(activity)).Should().BeEmpty();
    }

    [Fact]
    public void A_summary_table_of_latest_and_previous_RAG_gives_the_previous_RAG_and_adds_no_rows()
    {
        var summary = new TableBuilder(3)
            .Header("Customer Services KPIs", "Latest", "Previous")
            .Row(Name, "AMBER", "RED")
            .Build(1);
        var box = new TableBuilder(3)
            .Row(Name, "", "AMBER ↑")
            .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 69%")
            .Build(2);

        var observations = Extract(Report(summary, box));

        observations.Should().HaveCount(2);
        observations.Single(o => o.Period.Label == "Q3 2023/24").Rag.Should().Be(Rag.Red, "the summary's Previous column");
    }
    [Theory]
    [InlineData("Percentage of calls answered withim 85 seconds mA he", "AMBER ↑ ae")]
    [InlineData("Percentage of calls answered within 85 i seconds", "AMBER ↑")]
    public void A_box_title_a_scan_read_with_noise_is_the_name_the_summary_lists(string title, string ragBox)
    {
        // Seed 6161's Oxfordshire: the chart beside the title read as letters, a letter misread; the RAG box's too.
        var summary = new TableBuilder(3)
            .Header("Customer Services KPIs", "Latest", "Previous")
            .Row(Name, "AMBER", "RED")
            .Row("Percentage of calls answered within 30 seconds", "GREEN", "GREEN")
            .Build(1);
        var box = new TableBuilder(3)
            .Row(title, "", ragBox)
            .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 69%")
            .Build(2);

        var observations = Extract(Report(summary, box));

        observations.Should().HaveCount(2).And.OnlyContain(o => o.Indicator == Name);
        observations.Single(o => o.Period.Label == "Q3 2023/24").Rag.Should().Be(Rag.Red, "the summary's Previous column");
    }

    [Fact]
    public void A_box_whose_RAG_word_a_scan_lost_is_still_a_KPI_rated_by_the_summary_table()
    {
        // Seed 8282's Rushmoor: a bold "GREEN" blurred past reading left the box's first row a name and an arrow.
        var summary = new TableBuilder(4)
            .Header("Customer Services KPIs", "Latest", "Previous", "DoT")
            .Row(Name, "GREEN", "AMBER", "↓")
            .Build(1);
        var box = new TableBuilder(3)
            .Row(Name + " (rolling 12 months)", "", "↓")
            .Row("= -—— = = Mar-18 Jun-18 Sep-18", "", "")
            .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 69%")
            .Build(2);
        var chartFirst = new TableBuilder(3)
            .Row("ee ee ee eee = = —_—— _— = =", "", "")
            .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 69%")
            .Build(2);

        var observations = Extract(Report(summary, box));

        observations.Should().HaveCount(2).And.OnlyContain(o => o.Indicator == Name);
        observations.Select(o => o.Rag).Should().BeEquivalentTo([Rag.Green, Rag.Amber], "the summary's Latest and Previous");
        observations.Single(o => o.Rag == Rag.Green).DotRaw.Should().Be("↓");
        Extract(Report(summary, chartFirst)).Should().BeEmpty("a chart read as letters is no title");
    }

    [Fact]
    public void A_box_whose_arrow_a_scan_lost_takes_the_summary_tables_trend()
    {
        // Seed 6161's South Cambridgeshire: the box's RAG cell read "GREEN" alone; the summary's DoT column has "↑".
        var summary = new TableBuilder(4)
            .Header("Customer Services KPIs", "Latest", "Previous", "DoT")
            .Row(Name, "AMBER", "RED", "↓")
            .Row("Percentage of calls answered within 30 seconds", "GREEN", "GREEN", "↑")
            .Build(1);
        var box = new TableBuilder(3)
            .Row(Name, "", "AMBER")
            .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 69%")
            .Build(2);

        var latest = Extract(Report(summary, box)).Single(o => o.Period.Label == "Q4 2023/24");

        latest.DotRaw.Should().Be("↓");
        latest.Dot.Should().Be(Direction.Declining);
    }

    [Fact]
    public void A_box_title_close_to_a_listed_name_with_other_figures_keeps_its_own_name()
    {
        var summary = new TableBuilder(3)
            .Header("Customer Services KPIs", "Latest", "Previous")
            .Row("Percentage of calls answered within 30 seconds", "GREEN", "GREEN")
            .Build(1);
        var box = new TableBuilder(3)
            .Row(Name, "", "AMBER ↑")
            .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 69%")
            .Build(2);

        Extract(Report(summary, box)).Should().HaveCount(2).And.OnlyContain(o => o.Indicator == Name);
    }

    [Fact]
    public void A_box_split_into_a_title_table_and_a_figures_table_is_one_KPI_but_a_summary_list_lends_no_title()
    {
        var summary = new TableBuilder(3)
            .Header("Customer Services KPIs", "Latest", "Previous")
            .Row("Percentage of complaints answered in 20 days", "GREEN", "AMBER")
            .Build(1);
        var orphanFigures = new TableBuilder(2).Row("Latest: 90%", "Target: 85%").Build(2);
        var title = new TableBuilder(2).Row(Name, "GREEN ↑").Build(3);
        var figures = new TableBuilder(3)
            .Row("Jun-23 Sep-23 Dec-23 Mar-24", "", "")
            .Row("Latest: 78%", "Target: 80%, Floor: 70%", "Previous: 81% (Green)")
            .Build(4);

        var observations = Extract(Report(summary, orphanFigures, title, figures));

        var boxes = observations.Where(o => o.Indicator == Name).ToList();
        boxes.Should().HaveCount(2, "the split box is one KPI over two quarters");
        boxes.Single(o => o.Period.Label == "Q4 2023/24").Actual.Should().Be(78m);
        observations.Should().NotContain(o => o.Indicator != Name && o.Actual != null,
            "the summary's last row is a list entry, not a box title waiting for the orphan figures");
    }
}
