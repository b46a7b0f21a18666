using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// Real council papers (shared/realdocs beside the repository, not committed): they read without
/// failing and give the tables a person sees in them. Where the folder is absent, there is nothing to check.
/// </summary>
public sealed class RealDocumentTests
{
    [Fact]
    public void Finance_monitoring_variance_tables_ruled_only_between_rows_read_with_their_wrapped_header()
    {
        var path = RepositoryPaths.RealDoc("kent-finance-monitoring-q3-2024-25.pdf");
        if (!File.Exists(path)) return;

        var tables = PdfTables.Extract(path, new TableExtractionOptions(Content.PageSelection.Parse("11")));

        var table = tables.Single(t => t.TextAt(0, 1) == "Revenue Budget");
        table.TextAt(0, 2).Should().Be("Revenue Forecast", "the header word broken over lines in a narrow column is one word");
        table.Rows.Should().Contain(r => r.Cells.Any(c => c.CleanText == "Education & Special Educational Needs"));
        table.Rows.Select(r => table.TextAt(r.Index, 3)).Should().Contain("-9.9");
    }

    [Fact]
    public void A_frame_round_the_page_is_no_table_and_the_tables_inside_it_keep_their_columns()
    {
        var path = RepositoryPaths.RealDoc("kent-finance-monitoring-q3-2024-25.pdf");
        if (!File.Exists(path)) return;

        // Page 22 has a box round the page: taken as a one-column table it held the page's text and tables as rows of one cell.
        var tables = PdfTables.Extract(path, new TableExtractionOptions(Content.PageSelection.Parse("22")));

        var summary = tables.Single(t => t.TextAt(0, 1) == "Revenue Budget");
        summary.ColumnCount.Should().Be(4);
        summary.TextAt(1, 0).Should().Be("Non Attributable Costs");
        summary.TextAt(1, 3).Should().Be("-7.0");
        summary.TextAt(3, 0).Should().Be("Total");
    }

    [Fact]
    public void A_last_row_with_no_rule_under_it_is_read_whole_up_to_the_page_number()
    {
        var path = RepositoryPaths.RealDoc("kent-finance-monitoring-q3-2024-25.pdf");
        if (!File.Exists(path)) return;

        // Page 23: the last row's Detail cell has blank lines between paragraphs and its label sits lower, centred.
        var page23 = PdfTables.Extract(path, new TableExtractionOptions(Content.PageSelection.Parse("23"))).Single();
        page23.RowCount.Should().Be(3);
        page23.TextAt(2, 0).Should().Be("Corporately Held Budgets");
        page23.TextAt(2, 3).Should().Be("+2.6");
        page23.TextAt(2, 5).Should().StartWith("The 2024-25 budget included").And.Contain("2025-26 budget");

        // Page 12: the page number under the last row is not part of its cell.
        var page12 = PdfTables.Extract(path, new TableExtractionOptions(Content.PageSelection.Parse("12")));
        page12.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Should().NotContain(c => c.Text.Contains("Page 12 of 54"));
    }

    [Fact]
    public void Every_real_paper_reads_and_every_table_has_a_page_and_boxes()
    {
        if (!Directory.Exists(RepositoryPaths.RealDocs)) return;
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.RealDocs, "*.pdf"))
        {
            var tables = PdfTables.Extract(path, TableExtractionOptions.Default);
            tables.Should().NotBeEmpty(Path.GetFileName(path));
            tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells)
                .Should().OnlyContain(c => c.Page >= 1 && c.Box != null && c.Box.Width > 0, Path.GetFileName(path));
        }
    }
}
