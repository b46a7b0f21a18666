using Ingest.Core.Tables;
using static Ingest.Readers.Xlsx.Tests.XlsxFixture;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>Fills, font colours and bold: where scorecards keep their RAG status and section rows.</summary>
public sealed class XlsxFormattingTests
{
    private static Table Read(XlsxFixture workbook, params object?[] row) =>
        workbook.Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "RAG Q1 - 22/23", "RAG - Q4 22/23", "RAG")
                .Row(2, row))
            .Read().Tables.Single();

    [Fact]
    public void Rgb_fills_are_upper_case_rrggbb_without_alpha()
    {
        var workbook = new XlsxFixture();
        var red = workbook.Style(fill: Rgb("FF0000"));
        var amber = workbook.Style(fill: "rgb=\"ffffc000\"");
        var green = workbook.Style(fill: Rgb("00B050"));

        var table = Read(workbook, "Average Wait Time (seconds) before a telephone call is answered",
            X.S("RED", red), X.S("AMBER", amber), X.S("GREEN", green));

        Enumerable.Range(1, 3).Select(c => table.CellAt(1, c)!.Fill).Should().Equal("FF0000", "FFC000", "00B050");
        table.CellAt(1, 0)!.Fill.Should().BeNull();
    }

    [Fact]
    public void A_fill_without_text_is_still_a_cell()
    {
        var workbook = new XlsxFixture();
        var green = workbook.Style(fill: Rgb("00B050"));

        var table = Read(workbook, "% of repeat locations for ASB complaints", X.Blank(green));

        var cell = table.CellAt(1, 1)!;
        cell.Fill.Should().Be("00B050");
        cell.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData(10, "FF0000")]
    [InlineData(17, "008000")]
    [InlineData(51, "FFCC00")]
    [InlineData(22, "C0C0C0")]
    public void Indexed_fills_use_the_default_palette(int index, string expected)
    {
        var workbook = new XlsxFixture();
        var fill = workbook.Style(fill: Indexed(index));

        Read(workbook, "Self service as a proportion of overall contact", X.S("Green", fill)).CellAt(1, 1)!.Fill.Should().Be(expected);
    }

    [Fact]
    public void A_workbook_palette_replaces_the_default_indexed_colours()
    {
        var workbook = new XlsxFixture().StylesXml($"""
            <styleSheet xmlns="{Main}">
            <colors><indexedColors>
            <rgbColor rgb="FF000000"/><rgbColor rgb="FFFFFFFF"/><rgbColor rgb="FFFF0000"/><rgbColor rgb="FF00FF00"/>
            <rgbColor rgb="FF0000FF"/><rgbColor rgb="FFFFFF00"/><rgbColor rgb="FFFF00FF"/><rgbColor rgb="FF00FFFF"/>
            <rgbColor rgb="FF000000"/><rgbColor rgb="FFFFFFFF"/><rgbColor rgb="FF00B050"/>
            </indexedColors></colors>
            <fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font></fonts>
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
            <fill><patternFill patternType="solid"><fgColor indexed="10"/><bgColor indexed="64"/></patternFill></fill></fills>
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0"/><xf numFmtId="0" fontId="0" fillId="2"/></cellXfs>
            </styleSheet>
            """);

        Read(workbook, "Complaints answered within timescale", X.S("GREEN", 1)).CellAt(1, 1)!.Fill.Should().Be("00B050");
    }

    [Fact]
    public void Theme_fills_are_read_from_the_theme_part_and_tinted_as_excel_does()
    {
        // accent6 is 00B050 in this council's theme (Office's is 70AD47), so the part is what was read.
        var workbook = new XlsxFixture().ThemeXml(OfficeTheme(accent6: "00B050"));
        var accent = workbook.Style(fill: Theme(9));
        var lighter = workbook.Style(fill: Theme(7, 0.7999816888943144));
        var background = workbook.Style(fill: Theme(0, -0.1499984740745262));

        var table = Read(workbook, "% FOI responses within 20 working days",
            X.S("GREEN", accent), X.S("AMBER", lighter), X.S("n/a", background));

        table.CellAt(1, 1)!.Fill.Should().Be("00B050");
        table.CellAt(1, 2)!.Fill.Should().Be("FFF2CC", "Gold, Accent 4, Lighter 80% in Excel's palette");
        table.CellAt(1, 3)!.Fill.Should().Be("D9D9D9", "White, Background 1, Darker 15% in Excel's palette");
    }

    [Fact]
    public void Without_a_theme_part_the_office_theme_applies()
    {
        var workbook = new XlsxFixture().ThemeXml(null);
        var fill = workbook.Style(fill: Theme(9, 0.3999755851924192));

        Read(workbook, "Complaints answered within timescale", X.S("GREEN", fill)).CellAt(1, 1)!.Fill
            .Should().Be("A9D08E", "Green, Accent 6, Lighter 40% of the Office theme");
    }

    [Fact]
    public void Placeholder_and_empty_patterns_are_no_fill()
    {
        var workbook = new XlsxFixture();
        var none = workbook.Style(fill: Rgb("FF0000"), fillPattern: "none");

        var table = Read(workbook, "Complaints answered within timescale", X.S("GREEN", none), X.S("GREEN", 0));

        table.CellAt(1, 1)!.Fill.Should().BeNull();
        table.CellAt(1, 2)!.Fill.Should().BeNull();
    }

    [Fact]
    public void Bold_and_font_colour_go_to_the_runs_and_the_default_colour_is_null()
    {
        var workbook = new XlsxFixture();
        var section = workbook.Style(bold: true);
        var redText = workbook.Style(fontColour: Rgb("FF0000"));
        var themeText = workbook.Style(fontColour: Theme(1));

        var table = workbook.Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "RAG")
                .Row(2, X.S("RESIDENTS FIRST", section))
                .Row(3, X.S("Average Wait Time (seconds) before a telephone call is answered", themeText), X.S("RED", redText)))
            .Read().Tables.Single();

        table.CellAt(1, 0)!.IsBold.Should().BeTrue();
        table.CellAt(2, 0)!.IsBold.Should().BeFalse();
        table.CellAt(2, 0)!.FontColour.Should().BeNull("theme colour 1 is the workbook's text colour");
        table.CellAt(2, 1)!.FontColour.Should().Be("FF0000");
    }

    [Fact]
    public void Rich_text_keeps_each_runs_bold_and_colour()
    {
        // Harrow's Q2 report shows RAG only as the colour of a bullet.
        var workbook = new XlsxFixture();
        var table = Read(workbook, X.Rich(0,
            ("●", "<b/><color rgb=\"FFFF0000\"/>"),
            (" Adopt new planning protections", "<color theme=\"1\"/>"),
            (" to restrict tall buildings in our suburbs", "<color theme=\"1\"/><sz val=\"11\"/>")), "AMBER");

        var cell = table.CellAt(1, 0)!;
        cell.Runs.Select(r => (r.Text, r.Bold, r.Colour)).Should().Equal(
            ("●", true, "FF0000"),
            (" Adopt new planning protections to restrict tall buildings in our suburbs", false, (string?)null));
    }

    [Fact]
    public void A_rich_run_without_properties_takes_the_cells_font()
    {
        var workbook = new XlsxFixture();
        var bold = workbook.Style(bold: true);
        var table = Read(workbook, X.Rich(bold, ("CLEAN & SAFE", null), (" (Clr Anjana Patel)", "<i/>")), "GREEN");

        table.CellAt(1, 0)!.Runs.Select(r => (r.Text, r.Bold)).Should().Equal(("CLEAN & SAFE", true), (" (Clr Anjana Patel)", false));
    }

    [Fact]
    public void A_number_formats_colour_colours_the_text()
    {
        var workbook = new XlsxFixture();
        var redNegatives = workbook.Style(format: "0.00%;[Red]-0.00%");

        var cell = Read(workbook, "Collection rate variance", X.N(-0.023, redNegatives)).CellAt(1, 1)!;

        cell.Text.Should().Be("-2.30%");
        cell.FontColour.Should().Be("FF0000");
    }

    [Fact]
    public void Conditional_formatting_is_ignored()
    {
        var workbook = new XlsxFixture();
        var table = workbook.Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "RAG")
                .Row(2, "Complaints answered within timescale", "GREEN")
                .After("""<conditionalFormatting sqref="B2"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"GREEN"</formula></cfRule></conditionalFormatting>"""))
            .Read().Tables.Single();

        table.CellAt(1, 1)!.Fill.Should().BeNull();
    }

    [Fact]
    public void A_whole_formatted_column_colours_its_empty_positions_inside_the_table()
    {
        var workbook = new XlsxFixture();
        var amber = workbook.Style(fill: Rgb("FFC000"));
        var table = workbook.Sheet("Scorecard", s => s
                .ColumnStyle(3, 3, amber)
                .Row(1, "Indicator Description", "Actual Q1 2023/24", "RAG")
                .Row(2, "Number of households in temporary accommodation", 1082))
            .Read().Tables.Single();

        table.ColumnCount.Should().Be(3);
        table.CellAt(1, 2)!.Fill.Should().Be("FFC000");
        table.CellAt(1, 2)!.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_whole_formatted_row_colours_its_empty_positions()
    {
        var workbook = new XlsxFixture();
        var band = workbook.Style(fill: Rgb("D9D9D9"));
        var table = workbook.Sheet("Scorecard", s => s
                .Row(1, "Indicator Description", "Target Q1 2023/24", "Actual Q1 2023/24")
                .Row(2, X.S("RESIDENTS FIRST", band))
                .RowAttributes(2, $"s=\"{band}\" customFormat=\"1\"")
                .Row(3, "% FOI responses within 20 working days", "90%", "94%"))
            .Read().Tables.Single();

        Enumerable.Range(0, 3).Select(c => table.CellAt(1, c)?.Fill).Should().Equal("D9D9D9", "D9D9D9", "D9D9D9");
    }
}
