namespace Ingest.Readers.Html.Tests;

/// <summary>
/// Whole tables rebuilt as HTML from the seeds: Harrow's Corporate Scorecard 2023-24 (reporting Q1
/// 2023/24) and Havering's O&amp;S Board Performance Report for Quarter One 2017/18.
/// </summary>
public sealed class HtmlSeedPageTests
{
    private const string HarrowScorecard = """
        <h1>Appendix 2 - Corporate Scorecard 2023-24</h1>
        <table border="1" cellspacing="0">
          <thead>
            <tr><th>Indicator Description</th><th>Polarity: High &#9650; or Low &#9660; is 'good'</th>
                <th>Bench Mark if Available (Statistical Neighbours unless otherwise indicated)</th>
                <th>Target Q1 2022/23</th><th>Actual Q1 2022/23</th><th>RAG Q1 - 22/23</th>
                <th>Target Q4 2022/23</th><th>Actual Q4 - 2022/23</th><th>RAG - Q4 22/23</th>
                <th>Target Q1 2023/24</th><th>Actual Q1 2023/24</th><th>RAG</th>
                <th>Trend vs previous Quarter</th><th>Management Commentary Q1 23/24</th><th>Portfolio Holder</th></tr>
          </thead>
          <tbody>
            <tr><td colspan="15" style="background:#D9E2F3"><b>RESIDENTS FIRST</b></td></tr>
            <tr><td colspan="15"><b>Deliver the Council's new Customer Experience strategy</b></td></tr>
            <tr><td>% of customer calls successfully answered (&gt;90% answered)</td><td>&#9650;</td><td>N/A</td>
                <td>&gt;90%</td><td>93%</td><td bgcolor="#00B050">GREEN</td>
                <td>&gt;90%</td><td>96%</td><td bgcolor="#00B050">GREEN</td>
                <td>90%</td><td>95%</td><td bgcolor="#00B050">GREEN</td>
                <td>Similar</td><td></td><td>Clr Stephen Greek</td></tr>
            <tr><td>Average Wait Time (seconds) before a telephone call is answered</td><td>&#9660;</td><td>N/A</td>
                <td>120</td><td>167</td><td style="background-color:#FF0000">RED</td>
                <td>120</td><td>85</td><td style="background-color:#00B050">GREEN</td>
                <td>120</td><td>147</td><td style="background-color:#FF0000">RED</td>
                <td>Declining</td>
                <td>The wait time data is predominantly weighted by recovery action in R&amp;B. There are challenges within Housing
                    which will be better managed once the new Civica CX system is implemented.</td>
                <td>Clr Stephen Greek</td></tr>
            <tr><td colspan="15"><b>CLEAN &amp; SAFE</b></td></tr>
            <tr><td>% of homes not meeting the Decent homes standard</td><td>&#9660;</td><td>15% (GLA survey - 2019)</td>
                <td>12%</td><td>0.12</td><td style="background:#00B050">GREEN</td>
                <td></td><td>0.121</td><td></td>
                <td>12%</td><td>12.1%</td><td style="background:#00B050">GREEN</td>
                <td>Similar</td><td>Awaiting Q1 stock condition survey to be completed and verified</td><td>Cllr Mina Parmar</td></tr>
            <tr><td>CO <sub>2</sub> emissions by Council estate (tonnes)</td><td>&#9660;</td><td>TBC</td>
                <td>Annual</td><td>Annual</td><td>Annual</td><td></td><td>n.a</td><td></td><td></td><td>-</td><td>n/a</td><td>-</td><td></td>
                <td>Cllr Anjana Patel</td></tr>
          </tbody>
        </table>
        """;

    private const string HaveringReport = """
        <p><b>O&amp;S Board Performance Report: Quarter One 2017/18</b></p>
        <p>2017-18 Corporate Performance Indicator</p>
        <table>
          <tr><th>Sub-committee</th><th>Indicator and Description</th><th>Value</th><th>2017/18 Annual Target</th>
              <th>2017/18 Q1 Target</th><th>2017/18 Q1 Performance</th>
              <th colspan="2">Short Term DOT against Annual 2016/17 (Q4)</th><th colspan="2">Long Term DOT against Q1 2016/17</th>
              <th>Comments</th></tr>
          <tr><td rowspan="4" style="writing-mode:vertical-rl">Towns and Communities</td>
              <td>No. of Stage 1 complaints received</td><td>Smaller is better</td><td>N/A</td><td>N/A</td><td>210</td>
              <td>-</td><td>NEW</td><td>-</td><td>NEW</td>
              <td>These figures reflect complaints performance for the following services: &bull; Arts Services &bull; Businesses &bull; Cemeteries</td></tr>
          <tr><td>% of Stage 1 complaints closed within 15 days</td><td>Bigger is better</td><td>95%</td><td>95%</td>
              <td>83% <span style="color:#FF0000"><b>RED</b></span></td>
              <td>&#8593;</td><td>NEW</td><td>-</td><td>NEW</td><td>Community involvement (incl. volunteers)</td></tr>
          <tr><td>% of Stage 2 complaints closed within 20 days</td><td>Bigger is better</td><td>95%</td><td>95%</td>
              <td style="background-color: #FF0000">94% RED</td>
              <td>&#8593;</td><td>NEW</td><td>-</td><td>NEW</td><td>Parks and open spaces (incl. allotments)</td></tr>
          <tr><td>% of housing repairs completed within target</td><td>Bigger is better</td><td>96%</td><td>96%</td>
              <td style="background-color: #00B050">99% GREEN</td>
              <td>&#8593;</td><td>90.6%</td><td>&#8593;</td><td>89.42%</td>
              <td>Performance is above target and has improved compared to the same time last year and compared to last quarter.</td></tr>
          <tr><td rowspan="2">Crime &amp; Disorder</td>
              <td>% of "I" calls responded to within target</td><td>Bigger is better</td><td>90%</td><td>90%</td>
              <td>51% (avg.) RED</td><td>&#8595;</td><td>72.4% (16-17)</td><td>-</td><td>NEW</td><td>The figures fell steadily throughout the quarter.</td></tr>
          <tr><td>% of "S" calls responded to within target</td><td>Bigger is better</td><td>90%</td><td>90%</td>
              <td>40% (avg.) RED</td><td>&#8595;</td><td>60.3% (16-17)</td><td>-</td><td>NEW</td><td>Performance fluctuated between 39% and 41%.</td></tr>
        </table>
        """;

    [Fact]
    public void Harrows_scorecard_keeps_its_fifteen_columns_its_header_row_and_its_bold_section_rows()
    {
        var content = Page.ReadBody(HarrowScorecard);
        var table = content.Tables.Single();

        table.ColumnCount.Should().Be(15);
        table.Rows[0].IsDeclaredHeader.Should().BeTrue();
        table.Rows.Skip(1).Should().OnlyContain(r => !r.IsDeclaredHeader);
        table.TextAt(0, 1).Should().Be("Polarity: High ▲ or Low ▼ is 'good'");
        table.TextAt(0, 11).Should().Be("RAG");
        table.Context.Should().Equal("Appendix 2 - Corporate Scorecard 2023-24");

        var section = table.OriginAt(1, 0)!;
        (section.ColumnSpan, section.IsBold, section.CleanText, section.Fill).Should().Be((15, true, "RESIDENTS FIRST", "D9E2F3"));
        table.OriginAt(5, 0)!.CleanText.Should().Be("CLEAN & SAFE");
    }

    [Fact]
    public void Harrows_indicator_rows_keep_their_values_as_printed_and_their_rag_fills()
    {
        var table = Page.SingleTable(HarrowScorecard);

        table.TextAt(3, 0).Should().Be("% of customer calls successfully answered (>90% answered)");
        table.TextAt(3, 1).Should().Be("▲");
        table.TextAt(3, 3).Should().Be(">90%");
        table.OriginAt(3, 5)!.Fill.Should().Be("00B050");
        table.Rows[4].Cells.Where(c => c.Column is 5 or 8 or 11).Select(c => (c.CleanText, c.Fill))
            .Should().Equal(("RED", "FF0000"), ("GREEN", "00B050"), ("RED", "FF0000"));
        table.TextAt(4, 13).Should().StartWith("The wait time data is predominantly weighted by recovery action in R&B. There are");
        table.TextAt(6, 4).Should().Be("0.12");
        table.TextAt(7, 0).Should().Be("CO 2 emissions by Council estate (tonnes)");
        table.OriginAt(7, 13)!.IsEmpty.Should().BeTrue();
        table.TextAt(7, 14).Should().Be("Cllr Anjana Patel");
    }

    [Fact]
    public void Haverings_sub_committee_column_is_merged_down_its_indicator_rows()
    {
        var content = Page.ReadBody(HaveringReport);
        var table = content.Tables.Single();

        table.ColumnCount.Should().Be(11);
        table.Context.Should().Equal("O&S Board Performance Report: Quarter One 2017/18", "2017-18 Corporate Performance Indicator");
        table.OriginAt(0, 6)!.ColumnSpan.Should().Be(2);
        table.TextAt(0, 10).Should().Be("Comments");

        var towns = table.OriginAt(1, 0)!;
        (towns.CleanText, towns.RowSpan).Should().Be(("Towns and Communities", 4));
        table.CellAt(4, 0).Should().BeSameAs(towns);
        var crime = table.OriginAt(5, 0)!;
        (crime.CleanText, crime.RowSpan).Should().Be(("Crime & Disorder", 2));
        table.Rows[6].Cells.First().Column.Should().Be(1);
        table.TextAt(6, 1).Should().Be("% of \"S\" calls responded to within target");
    }

    [Fact]
    public void Haverings_performance_and_rag_share_a_cell_and_keep_their_colours()
    {
        var table = Page.SingleTable(HaveringReport);

        table.TextAt(2, 2).Should().Be("Bigger is better");
        var coloured = table.OriginAt(2, 5)!;
        coloured.CleanText.Should().Be("83% RED");
        coloured.Runs.Select(r => (r.Text, r.Bold, r.Colour)).Should().Equal(("83%", false, null), (" RED", true, "FF0000"));
        table.OriginAt(3, 5)!.Fill.Should().Be("FF0000");
        table.OriginAt(4, 5)!.Fill.Should().Be("00B050");
        table.TextAt(2, 6).Should().Be("↑");
        table.TextAt(4, 7).Should().Be("90.6%");
        table.TextAt(1, 10).Should().Be("These figures reflect complaints performance for the following services: • Arts Services • Businesses • Cemeteries");
    }
}
