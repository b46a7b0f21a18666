using Ingest.Core.Observations;

namespace Ingest.Extraction.Tests;

/// <summary>The Harrow 2023/24 scorecard layout (seed 000): three period groups, a bare RAG, sections, repeated headers.</summary>
public sealed class HarrowScorecardHeaderTests
{
    private static readonly string[] Header =
    [
        "Indicator Description", "Polarity: High ▲ or Low ▼ is 'good'",
        "Bench Mark if Available (Statistical Neighbours unless otherwise indicated)",
        "Target Q1 2022/23", "Actual Q1 2022/23", "RAG Q1 - 22/23", "Target Q4 2022/23", "Actual Q4 - 2022/23",
        "RAG - Q4 22/23", "Target Q1 2023/24", "Actual Q1 2023/24", "RAG", "Trend vs previous Quarter",
        "Management Commentary Q1 23/24", "Portfolio Holder",
    ];

    private static IReadOnlyList<Observation> Extract(TableBuilder builder) =>
        Rules.Extractor().Extract(TableBuilder.Document("scorecard.docx",
            ["London Borough of Harrow", "Appendix 2 - Corporate Scorecard 2023-24"], builder.Build())).Observations;

    [Fact]
    public void One_row_with_three_period_groups_gives_one_observation_per_period()
    {
        var observations = Extract(new TableBuilder(15).Header(Header)
            .Section("RESIDENTS FIRST")
            .Section("Deliver the Council's new Customer Experience strategy")
            .Row("% of customer calls successfully answered (>90% answered)", "▲", "N/A", ">90%", "93%", "GREEN",
                ">90%", "96%", "GREEN", "90%", "95%", "GREEN", "Similar", "", "Clr Stephen Greek"));

        observations.Select(o => o.Period.Label).Should().Equal("Q1 2022/23", "Q4 2022/23", "Q1 2023/24");
        observations.Select(o => o.Actual).Should().Equal(93m, 96m, 95m);
        observations.Select(o => o.Target).Should().Equal(90m, 90m, 90m);
        observations.Select(o => o.TargetQualifier).Should().Equal("gt", "gt", "");
        observations.Should().OnlyContain(o => o.Rag == Rag.Green && o.RagSource == RagSource.Text);
        observations.Should().OnlyContain(o => o.Council == "harrow" && o.Polarity == Polarity.Higher && o.Unit == Unit.Percent);
        observations.Should().OnlyContain(o => o.Section == "RESIDENTS FIRST > Deliver the Council's new Customer Experience strategy");
        observations.Should().OnlyContain(o => o.Owner == "Clr Stephen Greek");
        observations[2].Dot.Should().Be(Direction.Same, "the trend belongs to the latest period");
        observations[0].Dot.Should().BeNull();
        observations[2].Period.Start.Should().Be(new DateOnly(2023, 4, 1));
        observations[2].Period.End.Should().Be(new DateOnly(2023, 6, 30));
    }

    [Fact]
    public void Periods_with_only_absence_markers_give_no_observation()
    {
        var observations = Extract(new TableBuilder(15).Header(Header)
            .Row("Complaints answered within timescale", "▲", "N/A", "-", "-", "-", "-", "-", "-", "90%", "95%",
                "GREEN", "-", "", "Clr Stephen Greek")
            .Row("% of existing council homes with an EPC rating of C+", "▲", "TBC", "NEW in 2033/23", "NEW in 2033/23",
                "NEW in 2033/23", "", "36.10%", "", "37%", "37.10%", "GREEN", "Similar", "", "Cllr Anjana Patel"));

        observations.Select(o => (o.Indicator[..10], o.Period.Label)).Should().Equal(
            ("Complaints", "Q1 2023/24"), ("% of exist", "Q4 2022/23"), ("% of exist", "Q1 2023/24"));
    }

    [Fact]
    public void Repeated_header_rows_and_qualitative_notes_are_not_indicators()
    {
        var observations = Extract(new TableBuilder(15).Header(Header)
            .Section("Provide excellent green and cultural spaces for our residents")
            .Row("Qualitative update only", "", "", "", "", "", "", "", "", "", "", "", "", "", "")
            .Row(Header)
            .Row("Homelessness prevention (%)", "▲", "TBC", "50.0%", "54.3%", "GREEN", "", "54.60%", "", "53%",
                "68.80%", "GREEN", "Improving", "", "Cllr Mina Parmar"));

        observations.Should().HaveCount(3);
        observations.Should().OnlyContain(o => o.Indicator == "Homelessness prevention (%)");
    }

    [Fact]
    public void A_fraction_in_a_percent_row_is_scaled_and_several_numbers_lower_confidence()
    {
        var observations = Extract(new TableBuilder(15).Header(Header)
            .Row("% of homes not meeting the Decent homes standard", "▼", "15% (GLA survey - 2019)", "12%", "0.12",
                "GREEN", "", "0.121", "", "12%", "12.1%", "GREEN", "Similar", "Awaiting Q1 stock condition survey", "Cllr Mina Parmar")
            .Row("Number of households in temporary accommodation", "▼", "16.4 per 1,000 households", "1075", "1073 12.2",
                "AMBER", "", "1095 12.2", "", "1075", "1082", "AMBER", "-", "", "Cllr Mina Parmar"));

        observations.Where(o => o.Indicator.StartsWith('%')).Select(o => o.Actual).Should().Equal(12m, 12.1m, 12.1m);
        var temporary = observations.Where(o => o.Indicator.StartsWith("Number")).ToList();
        temporary.Select(o => o.Actual).Should().Equal(1073m, 1095m, 1082m);
        temporary[0].Confidence.Should().BeLessThan(1.0);
        temporary[2].Confidence.Should().Be(1.0);
        temporary.Should().OnlyContain(o => o.Unit == Unit.Count && o.Polarity == Polarity.Lower);
    }

    [Fact]
    public void Rag_shown_only_by_cell_fill_is_read_from_the_colour()
    {
        var builder = new TableBuilder(15).Header(Header);
        builder.Cells(
            Cells.Text("Number of anti-social behaviour incidents"), Cells.Text("▼"), Cells.Text("1500"),
            Cells.Text("997"), Cells.Text("1435"), Cells.Text("", fill: "FF0000"),
            Cells.Text(""), Cells.Text("1043"), Cells.Text(""),
            Cells.Text("1291"), Cells.Text("1379"), Cells.Text("", fill: "FF0000"),
            Cells.Text("-"), Cells.Text("Partnership working"), Cells.Text("Clr Anjana Patel"));
        var observations = Extract(builder);

        observations.Should().HaveCount(3);
        observations[0].Rag.Should().Be(Rag.Red);
        observations[0].RagSource.Should().Be(RagSource.Colour);
        observations[1].Rag.Should().BeNull();
        observations[2].Commentary.Should().Be("Partnership working");
        observations[0].Commentary.Should().BeEmpty();
    }

    [Fact]
    public void Sections_nest_priority_over_objective()
    {
        var observations = Extract(new TableBuilder(15).Header(Header)
            .Section("CLEAN & SAFE")
            .Section("Increase resident's perception of being safe in Harrow")
            .Section("Take enforcement action to protect residents and the environment")
            .Row("Number of FPNs issued - (tri-borough contract)", "▲", "Local", "-", "-", "-", "900", "1830",
                "GREEN", "900", "1488", "GREEN", "Declining", "", "Clr Anjana Patel")
            .Section("SUPPORTING THOSE MOST IN NEED")
            .Section("Work in partnership with the VCS", bold: false)
            .Row("% of CPP for 2nd or subsequent time", "▼", "19%", "15%", "7.10%", "GREEN", "15%", "11.80%",
                "GREEN", "20%", "18.80%", "GREEN", "Declining", "", "Cllr Hitesh Karia"));

        observations.First().Section.Should().Be("CLEAN & SAFE > Take enforcement action to protect residents and the environment");
        observations.Last().Section.Should().Be("SUPPORTING THOSE MOST IN NEED > Work in partnership with the VCS");
    }
}
