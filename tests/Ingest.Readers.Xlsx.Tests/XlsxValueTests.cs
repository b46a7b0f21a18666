using Ingest.Core.Tables;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>Every kind of stored value becomes the text Excel displays.</summary>
public sealed class XlsxValueTests
{
    /// <summary>A two-column table (a header row above the row under test) so the row is never taken for a title.</summary>
    private static Table TableWith(XlsxFixture workbook, params object?[] cells) =>
        workbook.Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "Actual Q1 2023/24")
                .Row(2, cells))
            .Read().Tables.Single();

    private static string TextAt(XlsxFixture workbook, object cell) =>
        TableWith(workbook, "Number of households in temporary accommodation", cell).CellAt(1, 1)!.Text;

    [Fact]
    public void Shared_strings_are_read_as_written()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "RAG Q1 - 22/23", "Actual Q1 2022/23")
                .Row(2, "Number of households in temporary accommodation", "AMBER", "1073 12.2"))
            .Read().Tables.Single();

        table.TextAt(0, 1).Should().Be("RAG Q1 - 22/23");
        table.TextAt(1, 2).Should().Be("1073 12.2");
        table.TextAt(1, 0).Should().Be("Number of households in temporary accommodation");
    }

    [Fact]
    public void Numbers_are_shown_through_their_cell_format()
    {
        var workbook = new XlsxFixture();
        var percent = workbook.Style(numFmtId: 9);
        var oneDecimalPercent = workbook.Style(format: "0.0%");
        var thousands = workbook.Style(numFmtId: 3);
        var pounds = workbook.Style(format: "£#,##0.00");
        var monthYear = workbook.Style(format: "mmm-yy");
        var ukDate = workbook.Style(numFmtId: 14);

        var table = workbook.Sheet("Scorecard", s => s
                .Row(1, "Actual", "Actual", "Actual", "Actual", "General", "Date", "Date")
                .Row(2, X.N(0.93, percent), X.N(0.9312, oneDecimalPercent), X.N(5132, thousands), X.N(1234.5, pounds),
                    X.N(0.5), X.N(45016, monthYear), X.N(45016, ukDate)))
            .Read().Tables.Single();

        Enumerable.Range(0, 7).Select(c => table.TextAt(1, c))
            .Should().Equal("93%", "93.1%", "5,132", "£1,234.50", "0.5", "Mar-23", "31/03/2023");
    }

    [Fact]
    public void A_general_number_shows_without_floating_point_noise()
    {
        TextAt(new XlsxFixture(), X.V("0.30000000000000004")).Should().Be("0.3");
    }

    [Fact]
    public void Inline_strings_booleans_and_errors_read_as_excel_shows_them()
    {
        var table = TableWith(new XlsxFixture(), X.Inline("No survey in quarter"), X.Bool(true), X.Bool(false), X.Error("#N/A"), X.Error("#DIV/0!"));

        Enumerable.Range(0, 5).Select(c => table.TextAt(1, c))
            .Should().Equal("No survey in quarter", "TRUE", "FALSE", "#N/A", "#DIV/0!");
    }

    [Fact]
    public void Formula_cells_are_read_from_their_cached_value()
    {
        var workbook = new XlsxFixture();
        var percent = workbook.Style(numFmtId: 9);
        var table = TableWith(workbook,
            X.Formula("C2/D2", "0.95", style: percent),
            X.Formula("IF(B2>=0.9,\"GREEN\",\"RED\")", "GREEN", type: "str"),
            X.Formula("VLOOKUP(A2,Data!A:B,2,FALSE)", "#N/A", type: "e"));

        Enumerable.Range(0, 3).Select(c => table.TextAt(1, c)).Should().Equal("95%", "GREEN", "#N/A");
    }

    [Fact]
    public void A_formula_saved_without_a_value_reads_as_empty_and_is_reported()
    {
        var content = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "Actual Q1 2023/24")
                .Row(2, "Complaints answered within timescale", X.Formula("B5/B6", cached: null)))
            .Read();

        content.Tables.Single().CellAt(1, 1).Should().BeNull();
        content.Warnings.Should().ContainSingle(w => w.Contains("'Scorecard'") && w.Contains("1 formula cells have no saved value"));
    }

    [Fact]
    public void Iso_dates_use_the_cell_format_or_a_uk_date()
    {
        var workbook = new XlsxFixture();
        var monthYear = workbook.Style(format: "mmm-yy");
        var table = TableWith(workbook, X.IsoDate("2023-03-31T00:00:00", monthYear), X.IsoDate("2023-06-30"));

        table.TextAt(1, 0).Should().Be("Mar-23");
        table.TextAt(1, 1).Should().Be("30/06/2023");
    }

    [Fact]
    public void The_1904_date_system_is_honoured()
    {
        var workbook = new XlsxFixture().Date1904();
        var date = workbook.Style(format: "dd/mm/yyyy");

        TextAt(workbook, X.N(43554, date)).Should().Be("31/03/2023");
    }

    [Fact]
    public void Escaped_characters_and_line_breaks_are_decoded()
    {
        var text = TextAt(new XlsxFixture(),
            X.SharedXml("<si><t>Next Data Available_x000D_\nin Q4 23/24 (_x005F_x000D_ kept)</t></si>"));

        text.Should().Be("Next Data Available\nin Q4 23/24 (_x000D_ kept)");
    }

    [Fact]
    public void Phonetic_guides_are_not_text()
    {
        var text = TextAt(new XlsxFixture(),
            X.SharedXml("<si><t>Clr Stephen Greek</t><rPh sb=\"0\" eb=\"3\"><t>ignored</t></rPh><phoneticPr fontId=\"1\"/></si>"));

        text.Should().Be("Clr Stephen Greek");
    }

    [Fact]
    public void A_string_format_with_a_text_section_decorates_the_text()
    {
        var workbook = new XlsxFixture();
        var labelled = workbook.Style(format: "0;-0;0;\"Status: \"@");

        TextAt(workbook, X.S("GREEN", labelled)).Should().Be("Status: GREEN");
    }

    [Fact]
    public void A_shared_string_index_the_table_lacks_reads_as_empty()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "Actual Q1 2023/24")
                .RawCells(2, "<c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>999</v></c>"))
            .Read().Tables.Single();

        table.TextAt(1, 0).Should().Be("Actual Q1 2023/24");
        table.CellAt(1, 1).Should().BeNull();
    }

    [Fact]
    public void Cells_without_references_follow_the_previous_one()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s
                .RawCells(1, "<c t=\"inlineStr\"><is><t>Indicator Description</t></is></c><c t=\"inlineStr\"><is><t>Target Q1 2023/24</t></is></c>")
                .RawCells(2, "<c r=\"A2\" t=\"inlineStr\"><is><t>% FOI responses within 20 working days</t></is></c><c><v>0.9</v></c>"))
            .Read().Tables.Single();

        table.TextAt(0, 1).Should().Be("Target Q1 2023/24");
        table.TextAt(1, 1).Should().Be("0.9");
    }

    [Fact]
    public void Rows_and_cells_written_out_of_order_are_put_in_order_and_a_repeated_position_keeps_its_first_cell()
    {
        var table = new XlsxFixture().Sheet("Scorecard", s => s.Verbatim("""
                <worksheet xmlns="{0}"><sheetData>
                <row r="3"><c r="B3"><v>1379</v></c><c r="A3" t="inlineStr"><is><t>Number of anti-social behaviour incidents</t></is></c></row>
                <row r="1"><c r="A1" t="inlineStr"><is><t>Indicator Description</t></is></c><c r="B1" t="inlineStr"><is><t>Actual Q1 2023/24</t></is></c></row>
                <row r="3"><c r="B3"><v>9999</v></c></row>
                </sheetData></worksheet>
                """))
            .Read().Tables.Single();

        table.RowCount.Should().Be(3);
        table.TextAt(0, 0).Should().Be("Indicator Description");
        table.TextAt(2, 0).Should().Be("Number of anti-social behaviour incidents");
        table.TextAt(2, 1).Should().Be("1379");
    }
}
