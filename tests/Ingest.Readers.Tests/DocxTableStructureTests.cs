using static Ingest.Readers.Tests.DocxFixture;

namespace Ingest.Readers.Tests;

public sealed class DocxTableStructureTests
{
    [Fact]
    public void Tables_are_numbered_from_one_in_document_order()
    {
        var content = new DocxFixture()
            .Text("Appendix 2 - Corporate Scorecard 2023-24")
            .Add(Tbl(Tr("Indicator Description", "Target Q1 2023/24"), Tr("Complaints answered within timescale", "90%")))
            .Text("Key to RAG (Red-Amber-Green) ratings")
            .Add(Tbl(Tr("Green", "met target"), Tr("Amber", "off by less than 5%")))
            .Read();

        content.Tables.Select(t => t.Index).Should().Equal(1, 2);
        content.Tables[0].TextAt(1, 0).Should().Be("Complaints answered within timescale");
        content.Tables[1].TextAt(1, 1).Should().Be("off by less than 5%");
    }

    [Fact]
    public void A_nested_table_is_a_table_of_its_own_numbered_after_its_parent_and_not_repeated_in_the_cell()
    {
        var nested = Tbl(Tr("Accessibility", "91%"), Tr("Content", "86%"));
        var content = new DocxFixture()
            .Add(Tbl(
                Tr("Flagship Actions – Residents First Q2", "Progress"),
                Tr(Tc(P("Our Silktide index rating has achieved its highest rating at 86%."), P("Other key scores are as follows:"), nested, P("")),
                   Tc("GREEN"))))
            .Add(Tbl(Tr("RAG", "Count"), Tr("Red", "13")))
            .Read();

        content.Tables.Select(t => t.Index).Should().Equal(1, 2, 3);
        var parent = content.Tables[0];
        parent.CellAt(1, 0)!.Text.Should().Be(
            "Our Silktide index rating has achieved its highest rating at 86%.\nOther key scores are as follows:\n");
        content.Tables[1].TextAt(0, 0).Should().Be("Accessibility");
        content.Tables[1].Context.Should().Equal(
            "Our Silktide index rating has achieved its highest rating at 86%.", "Other key scores are as follows:");
        content.Tables[2].TextAt(1, 1).Should().Be("13");
    }

    [Fact]
    public void Grid_span_becomes_column_span_and_pushes_later_cells_right()
    {
        var content = new DocxFixture()
            .Add(Tbl(3,
                Tr(Tc("RESIDENTS FIRST").Span(3)),
                Tr("% FOI responses within 20 working days", "90%", "94%")))
            .Read();

        var table = content.Tables.Single();
        table.ColumnCount.Should().Be(3);
        var section = table.OriginAt(0, 0)!;
        section.ColumnSpan.Should().Be(3);
        table.Rows[0].Cells.Should().HaveCount(1);
        table.CellAt(0, 2).Should().BeSameAs(section);
        table.TextAt(1, 2).Should().Be("94%");
    }

    [Fact]
    public void A_grid_line_no_cell_starts_or_ends_at_is_no_column()
    {
        // A KPI box whose figures row is left out (an activity indicator): the grid keeps the figures' column
        // line, but no cell of this table shows it.
        var content = new DocxFixture()
            .Add(Tbl(3,
                Tr(Tc("Number of traffic fault reports received").Span(2), Tc("Activity indicator")),
                Tr(Tc("Jun-23 Sep-23 Dec-23").Span(3))))
            .Read();

        var table = content.Tables.Single();
        table.ColumnCount.Should().Be(2);
        table.TextAt(0, 1).Should().Be("Activity indicator");
        table.OriginAt(0, 0)!.ColumnSpan.Should().Be(1);
        table.OriginAt(1, 0)!.ColumnSpan.Should().Be(2);
    }

    [Fact]
    public void Vertical_merge_gives_the_restarting_cell_a_row_span_and_continuations_no_cell()
    {
        // Havering's sub-committee column is merged down several indicator rows.
        var content = new DocxFixture()
            .Add(Tbl(3,
                Tr("Sub-committee", "Indicator", "Performance"),
                Tr(Tc("Towns and Communities").MergeRestart(), Tc("Number of anti-social behaviour incidents"), Tc("1379")),
                Tr(Tc(P("")).MergeContinue(), Tc("% of repeat locations for ASB complaints"), Tc("7%")),
                Tr(Tc(P("")).MergeContinue(), Tc("Repeat web contact ASB complaints"), Tc("12%")),
                Tr(Tc("Crime and Disorder"), Tc("Total notifiable offences"), Tc("5,132"))))
            .Read();

        var table = content.Tables.Single();
        var merged = table.OriginAt(1, 0)!;
        merged.RowSpan.Should().Be(3);
        merged.CleanText.Should().Be("Towns and Communities");
        table.Rows[2].Cells.Select(c => c.Column).Should().Equal(1, 2);
        table.Rows[3].Cells.Select(c => c.Column).Should().Equal(1, 2);
        table.CellAt(3, 0).Should().BeSameAs(merged);
        table.OriginAt(4, 0)!.RowSpan.Should().Be(1);
        table.TextAt(4, 0).Should().Be("Crime and Disorder");
    }

    [Fact]
    public void A_merge_restarted_in_a_spanned_column_continues_under_that_column_only()
    {
        var content = new DocxFixture()
            .Add(Tbl(4,
                Tr(Tc("Target Q1 2023/24").Span(2).MergeRestart(), Tc("RAG").MergeRestart(), Tc("Trend")),
                Tr(Tc(P("")).Span(2).MergeContinue(), Tc(P("")).MergeContinue(), Tc("Similar")),
                Tr(Tc("90%"), Tc("95%"), Tc("GREEN"), Tc("Improving"))))
            .Read();

        var table = content.Tables.Single();
        table.OriginAt(0, 0)!.Should().Match<Ingest.Core.Tables.Cell>(c => c.RowSpan == 2 && c.ColumnSpan == 2);
        table.OriginAt(0, 2)!.RowSpan.Should().Be(2);
        table.Rows[1].Cells.Should().ContainSingle().Which.Column.Should().Be(3);
        table.TextAt(2, 1).Should().Be("95%");
    }

    [Fact]
    public void Grid_before_and_after_place_short_rows_on_the_grid()
    {
        var content = new DocxFixture()
            .Add(Tbl(4,
                Tr("Indicator", "Target", "Actual", "RAG"),
                Tr(Tc("93%"), Tc("GREEN")).GridBefore(2),
                Tr(Tc("PM1 Average time for processing new benefits claims (days)")).GridAfter(3)))
            .Read();

        var table = content.Tables.Single();
        table.ColumnCount.Should().Be(4);
        table.Rows[1].Cells.Select(c => c.Column).Should().Equal(2, 3);
        table.CellAt(1, 0).Should().BeNull();
        table.TextAt(1, 3).Should().Be("GREEN");
        table.Rows[2].Cells.Should().ContainSingle().Which.Column.Should().Be(0);
    }

    [Fact]
    public void Column_count_comes_from_the_widest_row_when_the_grid_is_narrower()
    {
        var content = new DocxFixture()
            .Add(Tbl(2, Tr("Indicator", "Polarity", "Benchmark"), Tr("Number of anti-social behaviour incidents", "▼", "1500")))
            .Read();

        content.Tables.Single().ColumnCount.Should().Be(3);
        content.Tables.Single().TextAt(1, 2).Should().Be("1500");
    }

    [Fact]
    public void Column_count_comes_from_tbl_grid_when_rows_are_narrower()
    {
        var content = new DocxFixture()
            .Add(Tbl(5, Tr("Indicator Description", "RAG")))
            .Read();

        content.Tables.Single().ColumnCount.Should().Be(5);
    }

    [Fact]
    public void Repeat_as_header_row_sets_is_declared_header()
    {
        var content = new DocxFixture()
            .Add(Tbl(
                Tr("Indicator Description", "RAG Q1 - 22/23").Header(),
                Tr("Complaints answered within timescale", "GREEN")))
            .Read();

        content.Tables.Single().Rows.Select(r => r.IsDeclaredHeader).Should().Equal(true, false);
    }

    [Fact]
    public void Rows_and_cells_inside_content_controls_are_read()
    {
        var row = new DocumentFormat.OpenXml.Wordprocessing.SdtRow(
            new DocumentFormat.OpenXml.Wordprocessing.SdtContentRow(Tr("Self service as a proportion of overall contact", "95.80%")));
        var cellControl = new DocumentFormat.OpenXml.Wordprocessing.SdtCell(
            new DocumentFormat.OpenXml.Wordprocessing.SdtContentCell(Tc("GREEN")));
        var content = new DocxFixture()
            .Add(Tbl(3, Tr("Indicator", "Actual", "RAG"), row, new DocumentFormat.OpenXml.Wordprocessing.TableRow(Tc("Proportion of staff trained in information security"), Tc("89.60%"), cellControl)))
            .Read();

        var table = content.Tables.Single();
        table.RowCount.Should().Be(3);
        table.TextAt(1, 1).Should().Be("95.80%");
        table.TextAt(2, 2).Should().Be("GREEN");
    }

    [Fact]
    public void Rows_are_indexed_from_zero_like_cells()
    {
        var content = new DocxFixture().Add(Tbl(Tr("a", "b"), Tr("c", "d"), Tr("e", "f"))).Read();

        var table = content.Tables.Single();
        table.Rows.Select(r => r.Index).Should().Equal(0, 1, 2);
        table.Rows.Select(r => r.Cells[0].Row).Should().Equal(0, 1, 2);
    }

    [Fact]
    public void A_two_thousand_row_table_is_read_whole_and_in_order()
    {
        var rows = Enumerable.Range(1, 2000)
            .Select(i => Tr($"Number of anti-social behaviour incidents {i}", "1291", $"{i}", "RED"))
            .Prepend(Tr("Indicator", "Target", "Actual", "RAG").Header())
            .ToArray();

        var content = new DocxFixture().Add(Tbl(rows)).Read();

        var table = content.Tables.Single();
        table.RowCount.Should().Be(2001);
        table.TextAt(2000, 2).Should().Be("2000");
        table.TextAt(1234, 0).Should().Be("Number of anti-social behaviour incidents 1234");
    }
}
