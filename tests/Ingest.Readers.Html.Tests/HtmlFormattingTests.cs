namespace Ingest.Readers.Html.Tests;

public sealed class HtmlFormattingTests
{
    [Fact]
    public void Bold_comes_from_b_strong_th_and_font_weight()
    {
        var table = Page.SingleTable("""
            <table>
              <tr><th>Indicator Description</th><th style="font-weight: normal">Polarity</th></tr>
              <tr><td><b>RESIDENTS FIRST</b></td><td><strong>CLEAN &amp; SAFE</strong></td></tr>
              <tr><td style="font-weight:bold">Deliver the Council's new Customer Experience strategy</td><td><span style="font-weight: 700">Improve business engagement</span></td></tr>
              <tr><td style="font-weight:bolder">Additional RF indicators</td><td style="font-weight:400">Complaints answered within timescale</td></tr>
              <tr><td><b style="font-weight:normal">% FOI responses within 20 working days</b></td><td><b>90%</b> 94%</td></tr>
            </table>
            """);

        table.OriginAt(0, 0)!.IsBold.Should().BeTrue();
        table.OriginAt(0, 1)!.IsBold.Should().BeFalse();
        table.OriginAt(1, 0)!.IsBold.Should().BeTrue();
        table.OriginAt(1, 1)!.IsBold.Should().BeTrue();
        table.OriginAt(2, 0)!.IsBold.Should().BeTrue();
        table.OriginAt(2, 1)!.IsBold.Should().BeTrue();
        table.OriginAt(3, 0)!.IsBold.Should().BeTrue();
        table.OriginAt(3, 1)!.IsBold.Should().BeFalse();
        table.OriginAt(4, 0)!.IsBold.Should().BeFalse();
        var mixed = table.OriginAt(4, 1)!;
        mixed.IsBold.Should().BeFalse();
        mixed.Runs.Select(r => (r.Text, r.Bold)).Should().Equal(("90%", true), (" 94%", false));
    }

    [Fact]
    public void Font_colour_comes_from_inline_color_in_every_notation_and_from_font_color()
    {
        var table = Page.SingleTable("""
            <table><tr>
              <td style="color:#C00000">RED</td>
              <td style="color: #0b5">GREEN</td>
              <td style="color:rgb(255, 192, 0)">AMBER</td>
              <td style="color: Orange">AMBER</td>
              <td><font color="#00B050">Green</font></td>
              <td><font color="00b050">Green</font></td>
              <td style="color: rgb(0 176 80 / 100%)">Green</td>
              <td style="color: hsl(0, 100%, 50%)">Red</td>
              <td>Similar</td>
              <td style="color:windowtext">Declining</td>
            </tr></table>
            """);

        table.Rows[0].Cells.Select(c => c.FontColour).Should().Equal(
            "C00000", "00BB55", "FFC000", "FFA500", "00B050", "00B050", "00B050", "FF0000", null, null);
    }

    [Fact]
    public void A_coloured_bullet_gives_that_run_its_colour()
    {
        // Harrow's strategic report shows RAG only as the colour of a "●".
        var table = Page.SingleTable("""
            <table><tr><td>Number of anti-social behaviour incidents</td>
              <td><span style="color:#FF0000">●</span> 1379</td>
              <td><span class="rag" style="color: limegreen;">&#9679;</span></td></tr></table>
            """);

        var bullet = table.OriginAt(0, 1)!;
        bullet.Runs.Should().HaveCount(2);
        bullet.Runs[0].Should().Be(new Ingest.Core.Tables.TextRun("●", false, "FF0000"));
        bullet.Runs[1].Text.Should().Be(" 1379");
        bullet.Runs[1].Colour.Should().BeNull();
        table.OriginAt(0, 2)!.FontColour.Should().Be("32CD32");
    }

    [Fact]
    public void Cell_fill_comes_from_background_background_color_and_bgcolor_and_is_inherited_from_the_row()
    {
        var table = Page.SingleTable("""
            <table>
              <tr>
                <td style="background-color:#FF0000">RED</td>
                <td style="background: url(rag.png) no-repeat right #92d050">GREEN</td>
                <td bgcolor="#FFC000">AMBER</td>
                <td bgcolor="lightgreen">Green</td>
                <td style="background:rgba(0, 176, 80, 0.5)">Green</td>
                <td>-</td>
              </tr>
              <tr bgcolor="#00B050"><td>GREEN</td><td style="background-color: red">RED</td><td style="background: transparent">GREEN</td></tr>
              <tr style="background-color: gold"><td>AMBER</td><td bgcolor="white">n/a</td></tr>
            </table>
            """);

        table.Rows[0].Cells.Select(c => c.Fill).Should().Equal("FF0000", "92D050", "FFC000", "90EE90", "80D8A8", null);
        table.Rows[1].Cells.Select(c => c.Fill).Should().Equal("00B050", "FF0000", "00B050");
        table.Rows[2].Cells.Select(c => c.Fill).Should().Equal("FFD700", "FFFFFF");
    }

    [Fact]
    public void Style_sheet_rules_by_class_colour_cells_as_a_cms_export_does()
    {
        var table = Page.SingleTable(
            head: """
                <style type="text/css">
                <!--
                  /* RAG classes of the committee system's export */
                  .red { background:#FF0000 }
                  td.green { background-color: #00B050; font-weight: bold }
                  .scorecard td.amber { background-color: #FFC000 }
                  .rag-text-red { color: #C00000 }
                  @media print { .green { background: white } }
                  @media screen { .blue { background-color: #0070C0 } }
                  .green:hover { background: black }
                  .amber::before { content: "●"; color: red }
                  .muted, .note { display: none }
                -->
                </style>
                """,
            body: """
                <table class="scorecard"><tr>
                  <td class="red">RED</td><td class="green">GREEN</td><td class="amber">AMBER</td>
                  <td class="blue">BLUE</td><td><span class="rag-text-red">●</span></td>
                  <td>Similar<span class="note"> (see note 3)</span></td>
                </tr></table>
                """);

        table.Rows[0].Cells.Select(c => c.Fill).Should().Equal("FF0000", "00B050", "FFC000", "0070C0", null, null);
        table.OriginAt(0, 1)!.IsBold.Should().BeTrue();
        table.OriginAt(0, 4)!.FontColour.Should().Be("C00000");
        table.OriginAt(0, 2)!.FontColour.Should().BeNull();
        table.TextAt(0, 5).Should().Be("Similar");
    }

    [Fact]
    public void A_value_that_is_not_css_is_ignored_as_a_browser_ignores_it_and_automatic_colour_is_the_default()
    {
        var table = Page.SingleTable(
            head: """
                <style>
                  td.rag, td:-vendor-thing(x) { background-color: #00B050 }
                  td.rag { background-color: greenish }
                  tr.amber { color: #FFC000 }
                  .auto { color: windowtext }
                </style>
                """,
            body: """
                <table><tr class="amber">
                  <td class="rag">GREEN</td>
                  <td style="color: 00B050x">Amber text</td>
                  <td class="auto">Word's automatic colour</td>
                  <td style="color: auto">Automatic</td>
                </tr></table>
                """);

        table.OriginAt(0, 0)!.Fill.Should().Be("00B050", "an unknown selector in the list and an invalid later value do not cost the rule");
        table.OriginAt(0, 1)!.FontColour.Should().Be("FFC000", "an invalid colour leaves the inherited one");
        table.OriginAt(0, 2)!.FontColour.Should().BeNull();
        table.OriginAt(0, 3)!.FontColour.Should().BeNull();
    }

    [Fact]
    public void The_cascade_orders_rules_by_specificity_then_source_and_inline_style_wins()
    {
        var table = Page.SingleTable(
            head: """
                <style>
                  td.rag { background: #00B050 }
                  .rag { background: #FF0000 }
                  #q1-rag { background-color: #FFC000 }
                  .late { background: #FF0000 }
                  .late { background: #00B050 }
                  .forced { background: #FFC000 !important }
                </style>
                """,
            body: """
                <table><tr>
                  <td class="rag">GREEN</td>
                  <td class="rag" id="q1-rag">AMBER</td>
                  <td class="late">GREEN</td>
                  <td class="rag" style="background-color:#FF0000">RED</td>
                  <td class="forced" style="background-color:#FF0000">AMBER</td>
                </tr></table>
                """);

        table.Rows[0].Cells.Select(c => c.Fill).Should().Equal("00B050", "FFC000", "00B050", "FF0000", "FFC000");
    }

    [Fact]
    public void Colour_is_inherited_from_the_row_and_table_but_a_cell_can_reset_it()
    {
        var table = Page.SingleTable("""
            <table style="color:#1F3864"><tr style="color:#C00000"><td>Declining</td><td style="color:inherit">Declining</td></tr>
              <tr><td>Similar</td><td><font color="#00B050"><span style="color:initial">Improving</span></font></td></tr></table>
            """);

        table.Rows[0].Cells.Select(c => c.FontColour).Should().Equal("C00000", "C00000");
        table.Rows[1].Cells.Select(c => c.FontColour).Should().Equal("1F3864", null);
    }
}
