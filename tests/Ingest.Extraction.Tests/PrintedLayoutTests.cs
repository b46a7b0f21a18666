using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Extraction.Tests;

/// <summary>What a PDF printed from Word does to a table: headers repeated per page, clipped header words.</summary>
public sealed class PrintedLayoutTests
{
    private static IReadOnlyList<Observation> Extract(TableBuilder builder) =>
        Rules.Extractor().Extract(TableBuilder.Document("printed.pdf", ["Brent Council", "Quarterly Performance Report Q2 2023/24"],
            builder.Build())).Observations;

    [Fact]
    public void Both_rows_of_a_two_row_header_repeated_at_a_page_break_are_dropped()
    {
        string[] top = ["Ref", "Performance indicator", "Good is", "Q2 2023/24", "", ""];
        string[] second = ["", "", "", "Actual", "Target", "RAG"];
        var observations = Extract(new TableBuilder(6)
            .Row(top).Row(second)
            .Row("PS1", "Number of residents supported into employment", "High", "162", "150", "Green")
            .Row(top).Row(second)
            .Row("PS4", "Average time to process new Housing Benefit claims (days)", "Low", "19.1", "20", "Green"));

        observations.Select(o => o.Indicator).Should().Equal(
            "Number of residents supported into employment", "Average time to process new Housing Benefit claims (days)");
    }

    [Fact]
    public void A_clipped_header_word_still_names_its_column_and_polarity_is_read_from_content()
    {
        var observations = Extract(new TableBuilder(5)
            .Header("Sub-committe", "Indicator and Description", "Value", "2023/24 Q2 Target", "2023/24 Q2 Performance")
            .Row("Health", "Emergency admission rates", "TBC", "TBC", "N/A")
            .Row("", "% of service users receiving direct payments", "Bigger is better", "36%", "33.3% RED")
            .Row("Sub-committe", "Indicator and Description", "Value", "2023/24 Q2 Target", "2023/24 Q2 Performance")
            .Row("Individuals", "Rate of permanent admissions to residential and nursing care homes per 100,000 population (aged 65+)",
                "Smaller is better", "145", "108.1 GREEN"));

        var direct = observations.Single(o => o.Indicator.StartsWith("% of service users"));
        direct.Polarity.Should().Be(Polarity.Higher);
        direct.Section.Should().Be("Health", "a grouping column left blank below its first row means the same group");
        observations.Single(o => o.Indicator.StartsWith("Rate of permanent")).Section.Should().Be("Individuals");
        observations.Single(o => o.Indicator.StartsWith("Rate of permanent")).Polarity.Should().Be(Polarity.Lower);
    }

    [Fact]
    public void Headers_wrapped_inside_narrow_cells_name_their_columns()
    {
        var observations = Extract(new TableBuilder(5)
            .Header("Indicator", "Target", "Outtur\nn", "Statu\ns", "Do\nT")
            .Row("Average time to process new Housing Benefit claims (days)", "20", "19.1", "Green", "↑")
            .Row("Number of affordable homes delivered", "150", "121", "Red", "↓"));

        observations.Should().HaveCount(2);
        observations.Select(o => o.ActualRaw).Should().Equal("19.1", "121");
        observations.Select(o => o.Rag).Should().Equal(Rag.Green, Rag.Red);
        observations.Select(o => o.DotRaw).Should().Equal(["↑", "↓"], "the wrapped \"Do T\" heads the arrows");
    }

    [Fact]
    public void A_header_broken_inside_a_word_and_wrapped_again_after_it_names_its_column()
    {
        var observations = Extract(new TableBuilder(5)
            .Header("Indicator", "Tgt Q4\n2025/26", "Perfor\nmance\nQ4 -\n2025/26", "RAG\nQ4 -\n2025/26", "Do\nT")
            .Row("Average time to process new Housing Benefit claims (days)", "20", "19.1", "Green", "↑")
            .Row("Number of affordable homes delivered", "150", "121", "Red", "↓"));

        observations.Should().HaveCount(2);
        observations.Select(o => o.ActualRaw).Should().Equal(["19.1", "121"], "\"Perfor\" / \"mance\" is Performance, whatever follows it");
        observations.Select(o => o.Period.Label).Should().AllBe("Q4 2025/26");
    }

    [Fact]
    public void A_second_header_row_of_words_wrapped_in_narrow_cells_is_header()
    {
        // Read from a PDF: no row is declared a header; "St" / "at" / "us" is Status only with its breaks joined.
        var observations = Extract(new TableBuilder(6)
            .Cells((r, _) => new Cell(r, 0, [new TextRun("KPI")]), (r, _) => new Cell(r, 1, [new TextRun("Q1 - 2025/26")], ColumnSpan: 2),
                (r, _) => new Cell(r, 3, [new TextRun("Q2 - 2025/26")], ColumnSpan: 2), (r, _) => new Cell(r, 5, [new TextRun("Do\nT")]))
            .Row("", "St\nat\nus", "Outturn", "St\nat\nus", "Outturn", "")
            .Row("Average time to process new Housing Benefit claims (days)", "G", "19.1", "A", "20.4", "↓")
            .Row("Number of affordable homes delivered", "R", "121", "G", "160", "↑"));

        observations.Where(o => o.Period.Label == "Q1 2025/26").Select(o => o.ActualRaw).Should().Equal("19.1", "121");
        observations.Where(o => o.Period.Label == "Q2 2025/26").Select(o => o.Rag).Should().Equal(Rag.Amber, Rag.Green);
    }

    [Fact]
    public void A_year_broken_over_lines_in_a_narrow_header_is_one_period()
    {
        // "202" / "0/21": the period is Q4 2020/21, not a Q4 guessed from the document; "Q1" / "2021/22" stays apart.
        var observations = Extract(new TableBuilder(5)
            .Header("Indicator", "Target\nQ4 - 2020/21", "Outturn\nQ4 -\n202\n0/21", "Target\nQ1\n2021/22", "Outturn\nQ1 -\n202\n1/22")
            .Row("Average time to process new Housing Benefit claims (days)", "20", "19.1", "20", "18.5")
            .Row("Number of affordable homes delivered", "150", "121", "150", "133"));

        observations.Where(o => o.Period.Label == "Q4 2020/21").Select(o => o.ActualRaw).Should().Equal("19.1", "121");
        observations.Where(o => o.Period.Label == "Q1 2021/22").Select(o => o.ActualRaw).Should().Equal("18.5", "133");
    }

    [Theory]
    [InlineData("Direction of travel: ↑ better than last quarter, ↓ worse than last quarter", "improving", "declining")]
    [InlineData("Direction of travel: ↑ the figure went up, ↓ the figure went down", "declining", "improving")]
    public void A_legend_decides_what_the_arrows_mean_for_a_council_without_conventions(string legend, string first, string second)
    {
        // Barnet has no entry in councils.yaml, only the register's: no arrow convention of its own.
        var table = new TableBuilder(5)
            .Header("Indicator", "Good is", "Target", "Actual", "DoT")
            .Row("Average days to process new benefit claims", "Low", "20", "18.2", "↑")
            .Row("Average days to re-let council homes", "Low", "25", "31", "↓")
            .Build();
        var observations = Rules.Extractor().Extract(TableBuilder.Document("barnet.pdf",
            ["London Borough of Barnet", "Performance Report Q2 2023/24", legend], table)).Observations;

        // Both indicators are "lower is better": an up arrow for "the figure went up" is a decline.
        observations.Select(o => o.Dot?.Name()).Should().Equal(first, second);
    }
}
