namespace Ingest.Readers.Html.Tests;

public sealed class HtmlTextTests
{
    [Fact]
    public void Entities_are_decoded_and_a_non_breaking_space_is_a_space()
    {
        var table = Page.SingleTable("""
            <table><tr><td>CLEAN &amp; SAFE</td><td>Harrow&#8217;s&nbsp;serious&#160;violence rate</td><td>&pound;7m</td><td>&nbsp;</td></tr></table>
            """);

        table.TextAt(0, 0).Should().Be("CLEAN & SAFE");
        table.TextAt(0, 1).Should().Be("Harrow’s serious violence rate");
        table.TextAt(0, 2).Should().Be("£7m");
        table.OriginAt(0, 3)!.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Whitespace_collapses_as_a_browser_shows_it_including_across_elements()
    {
        var table = Page.SingleTable("""
            <table><tr><td>
                 Average   Wait Time
                 (seconds) before a <b> telephone </b>call
                 is answered
               </td></tr></table>
            """);

        table.OriginAt(0, 0)!.Text.Should().Be("Average Wait Time (seconds) before a telephone call is answered");
    }

    [Fact]
    public void A_br_is_a_line_break_and_blocks_in_a_cell_are_separate_lines()
    {
        var table = Page.SingleTable("""
            <table><tr>
              <td>Clr Stephen Greek<br>Portfolio Holder<br/></td>
              <td><p>Reported quarterly in arrears.</p><p>Target of 33% is annual target.</p></td>
              <td><div>Action:</div><ul><li>Formal monthly meetings with the contractor</li><li>More lining crews</li></ul></td>
            </tr></table>
            """);

        table.OriginAt(0, 0)!.Text.Should().Be("Clr Stephen Greek\nPortfolio Holder");
        table.OriginAt(0, 1)!.Text.Should().Be("Reported quarterly in arrears.\nTarget of 33% is annual target.");
        table.OriginAt(0, 2)!.Text.Should().Be("Action:\nFormal monthly meetings with the contractor\nMore lining crews");
    }

    [Fact]
    public void Two_brs_leave_a_blank_line_but_empty_paragraphs_do_not()
    {
        var table = Page.SingleTable("""
            <table><tr>
              <td>Next Data Available in Q4 23/24<br><br>Target is annual target.</td>
              <td><p>Awaiting Q1 stock condition survey</p><p>&nbsp;</p><p></p><p>to be completed and verified</p></td>
            </tr></table>
            """);

        table.OriginAt(0, 0)!.Text.Should().Be("Next Data Available in Q4 23/24\n\nTarget is annual target.");
        table.OriginAt(0, 1)!.Text.Should().Be("Awaiting Q1 stock condition survey\nto be completed and verified");
    }

    [Fact]
    public void Scripts_styles_noscript_templates_and_hidden_elements_are_not_text()
    {
        var content = Page.ReadBody("""
            <script>document.write("<table><tr><td>injected</td></tr></table>");</script>
            <noscript><p>Please enable JavaScript to view the agenda.</p></noscript>
            <template><table><tr><td>template row</td></tr></table></template>
            <p hidden>Draft: do not publish</p>
            <div style="display: none !important"><table><tr><td>old figures</td></tr></table></div>
            <p style="visibility:hidden">tracking pixel</p>
            <p>Corporate Scorecard</p>
            <table><tr><td>Self service as a proportion of overall contact<span style="display:none"> (internal)</span><style>td{}</style></td><td>95.80%</td></tr></table>
            """);

        content.Tables.Should().ContainSingle();
        var table = content.Tables[0];
        table.TextAt(0, 0).Should().Be("Self service as a proportion of overall contact");
        table.Context.Should().Equal("Corporate Scorecard");
        content.Paragraphs.Should().Equal("Corporate Scorecard");
    }

    [Fact]
    public void An_image_in_a_cell_reads_as_its_alt_text()
    {
        // RAG lights and trend arrows are often small images.
        var table = Page.SingleTable("""
            <table><tr>
              <td><img src="rag-green.gif" alt="Green"></td>
              <td>95%<img src="up.png" alt="Improving">(Q4 96%)</td>
              <td><img src="spacer.gif" alt=""></td>
              <td><img src="down.png" title="Declining"></td>
            </tr></table>
            """);

        table.TextAt(0, 0).Should().Be("Green");
        table.TextAt(0, 1).Should().Be("95% Improving (Q4 96%)");
        table.OriginAt(0, 2)!.IsEmpty.Should().BeTrue();
        table.TextAt(0, 3).Should().Be("Declining");
    }

    [Fact]
    public void Preformatted_text_keeps_its_line_breaks()
    {
        var table = Page.SingleTable("""
            <table><tr><td><pre>6% (Litter)
            3% (Detritus)</pre></td></tr></table>
            """);

        table.OriginAt(0, 0)!.Text.Should().Be("6% (Litter)\n3% (Detritus)");
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_spaces_are_not_text()
    {
        var table = Page.SingleTable("<table><tr><td>Catalytic Con\u00ADverter Theft\u200B (rolling year)</td></tr></table>");

        table.TextAt(0, 0).Should().Be("Catalytic Converter Theft (rolling year)");
    }

    [Fact]
    public void Markup_a_browser_repairs_is_read_as_the_browser_repairs_it()
    {
        // Unclosed cells and rows, as hand-written CMS tables often have.
        var table = Page.SingleTable("""
            <table>
            <tr><td>Number of new homes built<td>653
            <tr><td>Proportion of new homes that are affordable<td>0.348
            </table>
            """);

        table.RowCount.Should().Be(2);
        table.TextAt(1, 0).Should().Be("Proportion of new homes that are affordable");
        table.TextAt(1, 1).Should().Be("0.348");
    }

    [Fact]
    public void The_reader_claims_html_extensions()
    {
        new HtmlReader().Extensions.Should().BeEquivalentTo(".html", ".htm");
    }
}
