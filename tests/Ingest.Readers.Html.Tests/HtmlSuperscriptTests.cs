namespace Ingest.Readers.Html.Tests;

public sealed class HtmlSuperscriptTests
{
    [Fact]
    public void Text_inside_sup_is_marked_raised_so_footnote_markers_can_be_told_apart()
    {
        var table = Page.SingleTable("""
            <table><tr><td>% of Council Tax collected in year<sup><a href="#fn1">1</a></sup></td></tr></table>
            """);

        var runs = table.OriginAt(0, 0)!.Runs;
        runs.Should().Contain(r => r.Text == "1" && r.Superscript);
        runs.Where(r => !r.Superscript).Select(r => r.Text).Should().Equal("% of Council Tax collected in year");
    }
}
