using Ingest.Core.Tables;
using static Ingest.Readers.Xlsx.Tests.XlsxFixture;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>Where tables are on a sheet: used range, blocks, titles, merges, sheets.</summary>
public sealed class XlsxTableRegionTests
{
    private const string Title = "Harrow Council — Corporate Scorecard Q1 2023/24";

    private static readonly object?[] Header =
        ["Indicator Description", "Target Q1 2022/23", "Actual Q1 2022/23", "RAG Q1 - 22/23"];

    private static readonly object?[] Calls =
        ["% of customer calls successfully answered (>90% answered)", ">90%", "93%", "GREEN"];

    private static readonly object?[] WaitTime =
        ["Average Wait Time (seconds) before a telephone call is answered", 120, 167, "RED"];

    [Fact]
    public void A_sheet_is_one_table_over_its_used_range_with_empty_edges_trimmed()
    {
        var content = new XlsxFixture().Sheet("Scorecard", s => s
                .RowAt(4, 2, Header)
                .RowAt(5, 2, Calls)
                .RowAt(6, 2, WaitTime))
            .Read();

        var table = content.Tables.Single();
        table.Index.Should().Be(1);
        table.RowCount.Should().Be(3);
        table.ColumnCount.Should().Be(4);
        table.TextAt(0, 0).Should().Be("Indicator Description");
        table.TextAt(2, 2).Should().Be("167");
        table.Rows[1].Cells.Select(c => (c.Row, c.Column)).Should().Equal((1, 0), (1, 1), (1, 2), (1, 3));
    }

    [Fact]
    public void Title_rows_above_the_table_are_context_and_paragraphs_not_rows()
    {
        var content = new XlsxFixture().Sheet("Q1 2023-24", s => s
                .Row(1, Title)
                .Row(2, "Appendix 2 - Corporate Scorecard 2023-24")
                .Row(4, Header)
                .Row(5, Calls))
            .Read();

        var table = content.Tables.Single();
        table.RowCount.Should().Be(2);
        table.TextAt(0, 0).Should().Be("Indicator Description");
        table.Context.Should().Equal(Title, "Appendix 2 - Corporate Scorecard 2023-24");
        content.Paragraphs.Should().Equal(Title, "Appendix 2 - Corporate Scorecard 2023-24");
        content.Parts.Should().Equal(new DocumentPart("Q1 2023-24", 0));
    }

    [Fact]
    public void A_merged_title_across_the_table_is_still_a_title()
    {
        var content = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Title)
                .Merge("A1:D1")
                .Row(2, Header)
                .Row(3, Calls))
            .Read();

        content.Tables.Single().Context.Should().Equal(Title);
        content.Tables.Single().RowCount.Should().Be(2);
    }

    [Fact]
    public void Section_rows_inside_the_table_stay_table_rows()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, "RESIDENTS FIRST")
                .Row(3, Calls))
            .Read().Tables.Single();

        table.RowCount.Should().Be(3);
        table.TextAt(1, 0).Should().Be("RESIDENTS FIRST");
    }

    [Fact]
    public void Two_empty_rows_separate_tables_and_one_does_not()
    {
        var content = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, Calls)
                .Row(4, WaitTime)
                .Row(7, "CLEAN & SAFE")
                .Row(8, Header)
                .Row(9, "Number of anti-social behaviour incidents", 997, 1435, "RED"))
            .Read();

        content.Tables.Select(t => t.Index).Should().Equal(1, 2);
        var first = content.Tables[0];
        first.RowCount.Should().Be(4, "the single empty row 3 stays in the table");
        first.Rows[2].Cells.Should().BeEmpty();
        first.TextAt(3, 0).Should().Be("Average Wait Time (seconds) before a telephone call is answered");

        var second = content.Tables[1];
        second.Context.Should().Equal("CLEAN & SAFE");
        second.TextAt(1, 2).Should().Be("1435");
    }

    [Fact]
    public void A_block_of_titles_only_is_context_for_the_table_below_it()
    {
        var content = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Title)
                .Row(4, "Residents First")
                .Row(5, Header)
                .Row(6, Calls)
                .Row(9, "Source: Customer Services, Civica CX"))
            .Read();

        content.Tables.Single().Context.Should().Equal(Title, "Residents First");
        content.Paragraphs.Should().Equal(Title, "Residents First", "Source: Customer Services, Civica CX");
    }

    [Fact]
    public void Every_visible_sheet_is_a_source_and_tables_are_numbered_across_the_workbook()
    {
        var content = new XlsxFixture()
            .Sheet("Residents First", s => s.Row(1, "Residents First").Row(2, Header).Row(3, Calls))
            .Sheet("Lookups", s => s.Row(1, "RAG", "Colour").Row(2, "GREEN", "00B050"), state: "hidden")
            .Sheet("Clean and Safe", s => s.Row(1, Header).Row(2, WaitTime).Row(5, Header).Row(6, Calls))
            .Sheet("Macros", s => s.Row(1, "Key", "Value").Row(2, "a", "b"), state: "veryHidden")
            .Read();

        content.Tables.Select(t => (t.Index, t.TextAt(1, 0))).Should().Equal(
            (1, "% of customer calls successfully answered (>90% answered)"),
            (2, "Average Wait Time (seconds) before a telephone call is answered"),
            (3, "% of customer calls successfully answered (>90% answered)"));
        content.Tables[0].Context.Should().Equal("Residents First");
        content.Tables[1].Context.Should().BeEmpty("a sheet's titles are not context for the next sheet");
        content.Paragraphs.Should().Equal("Residents First");
        content.Parts.Should().Equal(new DocumentPart("Residents First", 0), new DocumentPart("Clean and Safe", 1));
        content.StatedText().Should().Equal("Residents First", "Residents First", "Clean and Safe");
        content.Warnings.Should().Equal("hidden sheets 'Lookups', 'Macros' skipped");
    }

    [Fact]
    public void Merged_cells_span_from_their_top_left_and_cover_the_rest()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "Q1 2022/23", null, null, "Portfolio Holder")
                .Row(2, null, "Target", "Actual", "RAG", null)
                .Row(3, "% FOI responses within 20 working days", "90%", "71%", "RED", "Clr Stephen Greek")
                .Merge("B1:D1")
                .Merge("A1:A2")
                .Merge("E1:E2"))
            .Read().Tables.Single();

        var quarter = table.OriginAt(0, 1)!;
        quarter.Text.Should().Be("Q1 2022/23");
        (quarter.RowSpan, quarter.ColumnSpan).Should().Be((1, 3));
        var indicator = table.OriginAt(0, 0)!;
        (indicator.RowSpan, indicator.ColumnSpan).Should().Be((2, 1));
        table.CellAt(1, 0).Should().BeSameAs(indicator);
        table.CellAt(0, 3).Should().BeSameAs(quarter);
        table.OriginAt(0, 2).Should().BeNull();
        table.Rows[1].Cells.Select(c => c.Column).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void A_value_left_in_a_covered_position_is_not_read()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "Q1 2023/24", "stale value")
                .Row(2, "Complaints answered within timescale", "95%", "GREEN")
                .Merge("B1:C1"))
            .Read().Tables.Single();

        table.Rows[0].Cells.Should().HaveCount(2);
        table.TextAt(0, 2).Should().Be("Q1 2023/24");
    }

    [Fact]
    public void An_empty_merged_range_still_shapes_the_grid()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", null, null, "RAG")
                .Row(2, "Complaints answered within timescale", "90%", "95%", "GREEN")
                .Merge("B1:C1"))
            .Read().Tables.Single();

        var blank = table.OriginAt(0, 1)!;
        blank.IsEmpty.Should().BeTrue();
        blank.ColumnSpan.Should().Be(2);
    }

    [Fact]
    public void A_vertical_merge_keeps_a_table_together_across_empty_rows()
    {
        var content = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, "Clr Stephen Greek", "90%", "95%", "GREEN")
                .Row(6, null, "90%", "94%", "GREEN")
                .Merge("A2:A6"))
            .Read();

        var table = content.Tables.Single();
        table.RowCount.Should().Be(6);
        table.OriginAt(1, 0)!.RowSpan.Should().Be(5);
    }

    [Fact]
    public void A_section_row_merged_across_the_whole_sheet_row_does_not_widen_the_table()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, "RESIDENTS FIRST")
                .Merge("A2:XFD2")
                .Row(3, Calls))
            .Read().Tables.Single();

        table.ColumnCount.Should().Be(4);
        table.OriginAt(1, 0)!.ColumnSpan.Should().Be(4);
        table.CellAt(1, 3).Should().BeSameAs(table.OriginAt(1, 0));
    }

    [Fact]
    public void A_merge_reaching_past_the_table_is_cut_at_its_edge()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, "Next Data Available in Q4 23/24", "-", "-", "n/a")
                .Merge("A2:A1048576"))
            .Read().Tables.Single();

        table.OriginAt(1, 0)!.RowSpan.Should().Be(1);
    }

    [Fact]
    public void Print_titles_are_declared_header_rows()
    {
        var table = new XlsxFixture()
            .Sheet("Scorecard", s => s.Row(1, Title).Row(2, Header).Row(3, Calls))
            .DefinedName("_xlnm.Print_Titles", 0, "'Scorecard'!$2:$2")
            .Read().Tables.Single();

        table.Rows.Select(r => r.IsDeclaredHeader).Should().Equal(true, false);
    }

    [Fact]
    public void Hidden_rows_are_kept()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, Calls)
                .RowAttributes(2, "hidden=\"1\"")
                .Row(3, WaitTime))
            .Read().Tables.Single();

        table.RowCount.Should().Be(3);
        table.TextAt(1, 2).Should().Be("93%");
    }

    [Fact]
    public void Hidden_columns_are_kept()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .HiddenColumns(2, 3)
                .Row(1, Header)
                .Row(2, Calls))
            .Read().Tables.Single();

        table.ColumnCount.Should().Be(4);
        table.TextAt(1, 1).Should().Be(">90%");
    }

    [Fact]
    public void Cells_have_no_page_or_box_and_tables_no_page()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s.Row(1, Header).Row(2, Calls)).Read().Tables.Single();

        table.Page.Should().BeNull();
        table.Rows.SelectMany(r => r.Cells).Should().OnlyContain(c => c.Page == null && c.Box == null);
    }

    [Fact]
    public void The_workbook_title_is_the_documents_title_and_comes_first_in_its_stated_text()
    {
        var content = new XlsxFixture()
            .Title("Corporate Scorecard Q1 2023/24")
            .Sheet("Scorecard", s => s.Row(1, Header).Row(2, Calls))
            .Read();

        content.Title.Should().Be("Corporate Scorecard Q1 2023/24");
        content.Paragraphs.Should().BeEmpty();
        content.StatedText().Should().Equal("Corporate Scorecard Q1 2023/24", "Scorecard");
    }

    [Fact]
    public void A_sheet_without_cells_gives_its_name_and_no_table()
    {
        var content = new XlsxFixture().Sheet("Notes", _ => { }).Read();

        content.Tables.Should().BeEmpty();
        content.Paragraphs.Should().BeEmpty();
        content.Parts.Should().Equal(new DocumentPart("Notes", 0));
    }

    [Fact]
    public void White_filled_empty_cells_do_not_stretch_the_used_range()
    {
        var workbook = new XlsxFixture();
        var white = workbook.Style(fill: Rgb("FFFFFF"));
        var table = workbook.Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, Calls)
                .Row(3, X.Blank(white), X.Blank(white), X.Blank(white), X.Blank(white), X.Blank(white), X.Blank(white)))
            .Read().Tables.Single();

        (table.RowCount, table.ColumnCount).Should().Be((2, 4));
    }

    [Fact]
    public void A_stray_cell_far_to_the_right_is_dropped_with_a_warning()
    {
        var content = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, Header)
                .Row(2, Calls)
                .RawCells(2, "<c r=\"XFD2\" t=\"inlineStr\"><is><t>x</t></is></c>"))
            .Read();

        content.Tables.Single().ColumnCount.Should().Be(512);
        content.Warnings.Should().ContainSingle(w => w.Contains("1 cells beyond 512 columns were dropped"));
    }

    [Fact]
    public void A_strict_namespace_sheet_reads_the_same()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s.Verbatim("""
                <worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>Indicator Description</t></is></c><c r="B1" t="inlineStr"><is><t>RAG</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>Complaints answered within timescale</t></is></c><c r="B2" t="inlineStr"><is><t>GREEN</t></is></c></row>
                </sheetData></worksheet>
                """))
            .Read().Tables.Single();

        table.TextAt(1, 1).Should().Be("GREEN");
    }
}
