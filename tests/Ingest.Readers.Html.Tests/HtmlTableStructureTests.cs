namespace Ingest.Readers.Html.Tests;

public sealed class HtmlTableStructureTests
{
    [Fact]
    public void Tables_are_numbered_from_one_in_document_order()
    {
        var content = Page.ReadBody("""
            <h1>Appendix 2 - Corporate Scorecard 2023-24</h1>
            <table><tr><th>Indicator Description</th><th>Target Q1 2023/24</th></tr>
                   <tr><td>Complaints answered within timescale</td><td>90%</td></tr></table>
            <p>Key to RAG (Red-Amber-Green) ratings</p>
            <table><tr><td>Green</td><td>met target</td></tr><tr><td>Amber</td><td>off by less than 5%</td></tr></table>
            """);

        content.Tables.Select(t => t.Index).Should().Equal(1, 2);
        content.Tables[0].TextAt(1, 0).Should().Be("Complaints answered within timescale");
        content.Tables[1].TextAt(1, 1).Should().Be("off by less than 5%");
    }

    [Fact]
    public void A_nested_table_is_a_table_of_its_own_numbered_after_its_parent_and_not_repeated_in_the_cell()
    {
        var content = Page.ReadBody("""
            <table>
              <tr><th>Flagship Actions – Residents First Q2</th><th>Progress</th></tr>
              <tr><td><p>Our Silktide index rating has achieved its highest rating at 86%.</p>
                      <p>Other key scores are as follows:</p>
                      <table><tr><td>Accessibility</td><td>91%</td></tr><tr><td>Content</td><td>86%</td></tr></table>
                      <p>Further work is planned.</p></td>
                  <td>GREEN</td></tr>
            </table>
            <table><tr><td>RAG</td><td>Count</td></tr><tr><td>Red</td><td>13</td></tr></table>
            """);

        content.Tables.Select(t => t.Index).Should().Equal(1, 2, 3);
        content.Tables[0].CellAt(1, 0)!.Text.Should().Be(
            "Our Silktide index rating has achieved its highest rating at 86%.\nOther key scores are as follows:\nFurther work is planned.");
        content.Tables[1].TextAt(0, 0).Should().Be("Accessibility");
        content.Tables[1].TextAt(1, 1).Should().Be("86%");
        content.Tables[1].Context.Should().Equal(
            "Our Silktide index rating has achieved its highest rating at 86%.", "Other key scores are as follows:");
        content.Tables[2].TextAt(1, 1).Should().Be("13");
    }

    [Fact]
    public void Colspan_becomes_column_span_and_pushes_later_cells_right()
    {
        var table = Page.SingleTable("""
            <table>
              <tr><td colspan="3"><b>RESIDENTS FIRST</b></td></tr>
              <tr><td>% FOI responses within 20 working days</td><td>90%</td><td>94%</td></tr>
              <tr><td colspan="2">Total of all IT incidents raised during reporting period</td><td>3795</td></tr>
            </table>
            """);

        table.ColumnCount.Should().Be(3);
        var section = table.OriginAt(0, 0)!;
        section.ColumnSpan.Should().Be(3);
        table.Rows[0].Cells.Should().ContainSingle();
        table.CellAt(0, 2).Should().BeSameAs(section);
        table.TextAt(1, 2).Should().Be("94%");
        table.OriginAt(2, 2)!.CleanText.Should().Be("3795");
    }

    [Fact]
    public void Rowspan_gives_the_cell_a_row_span_and_the_rows_below_no_cell_there()
    {
        // Havering's sub-committee column is merged down several indicator rows.
        var table = Page.SingleTable("""
            <table>
              <tr><th>Sub-committee</th><th>Indicator and Description</th><th>2017/18 Q1 Performance</th></tr>
              <tr><td rowspan="3">Towns and Communities</td><td>No. of Stage 1 complaints received</td><td>210</td></tr>
              <tr><td>% of Stage 1 complaints closed within 15 days</td><td>83% RED</td></tr>
              <tr><td>No. of Stage 2 complaints received</td><td>36</td></tr>
              <tr><td>Crime &amp; Disorder</td><td>% of "I" calls responded to within target</td><td>51% (avg.) RED</td></tr>
            </table>
            """);

        var merged = table.OriginAt(1, 0)!;
        merged.RowSpan.Should().Be(3);
        merged.CleanText.Should().Be("Towns and Communities");
        table.Rows[2].Cells.Select(c => c.Column).Should().Equal(1, 2);
        table.Rows[3].Cells.Select(c => c.Column).Should().Equal(1, 2);
        table.CellAt(3, 0).Should().BeSameAs(merged);
        table.TextAt(2, 2).Should().Be("83% RED");
        table.TextAt(4, 0).Should().Be("Crime & Disorder");
    }

    [Fact]
    public void A_cell_is_placed_in_the_first_slot_not_covered_by_a_rowspan_from_above()
    {
        var table = Page.SingleTable("""
            <table>
              <tr><td>Indicator</td><td rowspan="2">Bigger is better</td><td>95%</td></tr>
              <tr><td>Target</td><td>83%</td></tr>
            </table>
            """);

        table.Rows[1].Cells.Select(c => (c.Column, c.CleanText)).Should().Equal((0, "Target"), (2, "83%"));
    }

    [Fact]
    public void A_rowspan_stops_at_the_end_of_its_row_group_and_rowspan_zero_reaches_it()
    {
        var table = Page.SingleTable("""
            <table>
              <thead><tr><th rowspan="5">Indicator Description</th><th>Target</th></tr></thead>
              <tbody>
                <tr><td rowspan="0">Health</td><td>10.8</td></tr>
                <tr><td>TBC</td></tr>
                <tr><td>660</td></tr>
              </tbody>
            </table>
            """);

        table.OriginAt(0, 0)!.RowSpan.Should().Be(1, "the head's rowspan cannot reach into the body");
        table.OriginAt(1, 0)!.RowSpan.Should().Be(3);
        table.Rows[3].Cells.Single().Column.Should().Be(1);
        table.RowCount.Should().Be(4);
    }

    [Fact]
    public void An_absurd_colspan_is_clamped_with_a_warning_and_a_span_everything_colspan_adds_no_empty_columns()
    {
        var content = Page.ReadBody("""
            <table>
              <tr><td colspan="100000">CLEAN &amp; SAFE</td></tr>
              <tr><td>Number of anti-social behaviour incidents</td><td>1291</td><td>1379</td></tr>
              <tr><td colspan="99">Qualitative update only</td></tr>
            </table>
            """);

        var table = content.Tables.Single();
        table.ColumnCount.Should().Be(3);
        table.OriginAt(0, 0)!.ColumnSpan.Should().Be(3);
        table.OriginAt(2, 0)!.ColumnSpan.Should().Be(3);
        content.Warnings.Should().ContainSingle().Which.Should().Be("table 1: 1 cell's colspan up to 100000 clamped to 1000");
    }

    [Fact]
    public void Garbage_spans_are_read_as_html_reads_them()
    {
        var table = Page.SingleTable("""
            <table>
              <tr><td colspan="2.5">Q1 2023/24</td><td colspan="x">RAG</td><td colspan="0">Trend</td></tr>
              <tr><td>90%</td><td>95%</td><td>GREEN</td><td>Similar</td></tr>
            </table>
            """);

        table.Rows[0].Cells.Select(c => (c.Column, c.ColumnSpan)).Should().Equal((0, 2), (2, 1), (3, 1));
    }

    [Fact]
    public void Head_rows_and_rows_made_only_of_th_are_declared_headers()
    {
        var table = Page.SingleTable("""
            <table>
              <thead><tr><td>Indicator Description</td><td>Target Q1 2023/24</td></tr></thead>
              <tbody>
                <tr><th>Indicator Description</th><th>Target Q1 2023/24</th></tr>
                <tr><th>% FOI responses within 20 working days</th><td>90%</td></tr>
                <tr><td>Complaints answered within timescale</td><td>90%</td></tr>
              </tbody>
            </table>
            """);

        table.Rows.Select(r => r.IsDeclaredHeader).Should().Equal(true, true, false, false);
    }

    [Fact]
    public void Footer_rows_come_after_the_body_as_a_browser_shows_them()
    {
        var table = Page.SingleTable("""
            <table>
              <tfoot><tr><td>Source: Harrow data</td></tr></tfoot>
              <tbody><tr><td>Number of new homes built</td></tr></tbody>
            </table>
            """);

        table.TextAt(0, 0).Should().Be("Number of new homes built");
        table.TextAt(1, 0).Should().Be("Source: Harrow data");
    }

    [Fact]
    public void The_caption_is_the_nearest_context_and_not_a_row()
    {
        var table = Page.SingleTable("""
            <h2>CLEAN &amp; SAFE</h2>
            <table><caption>Appendix 2 - Corporate Scorecard 2023-24</caption>
              <tr><td>Fly-tipping incidents per 1,000 people</td><td>11.79</td></tr></table>
            """);

        table.Context.Should().Equal("CLEAN & SAFE", "Appendix 2 - Corporate Scorecard 2023-24");
        table.RowCount.Should().Be(1);
    }

    [Fact]
    public void Hidden_rows_and_cells_take_no_place_in_the_grid()
    {
        var table = Page.SingleTable("""
            <table>
              <tr><td>Indicator</td><td style="display:none">internal id 4711</td><td>Actual</td></tr>
              <tr hidden><td>Draft row</td><td>0</td></tr>
              <tr><td>Average Wait Time (seconds) before a telephone call is answered</td><td>147</td></tr>
            </table>
            """);

        table.RowCount.Should().Be(2);
        table.TextAt(0, 1).Should().Be("Actual");
        table.TextAt(1, 1).Should().Be("147");
    }
}
