using AngleSharp.Html.Parser;
using CorpusBuilder.Corpus;
using DocumentFormat.OpenXml.Spreadsheet;
using TextNormaliser = Ingest.Core.Tables.TextNormaliser;

namespace CorpusBuilder.Tests;

/// <summary>The workbook and web-page renderings print what their gold files expect, read back without the generator's code.</summary>
public sealed class RenderingsTests
{
    private static readonly IReadOnlyList<CorpusEntry> Entries = CorpusEntries.All();

    private static IEnumerable<CorpusEntry> Format(string format) => Entries.Where(e => e.Format == format);

    [Fact]
    public void The_corpus_meets_issue_3s_counts()
    {
        var counts = CorpusRules.Count(Entries);

        counts.Documents.Should().BeGreaterThanOrEqualTo(24);
        counts.Formats.Should().Equal("docx", "html", "xlsx");
        counts.Councils.Should().HaveCountGreaterThanOrEqualTo(3);
        counts.FinancialYears.Should().HaveCountGreaterThanOrEqualTo(6);
        counts.Observations.Should().BeGreaterThanOrEqualTo(2000);
        counts.UniqueObservations.Should().BeGreaterThanOrEqualTo(2000);
    }

    [Fact]
    public void Each_workbook_observation_points_at_a_sheet_row_that_prints_it()
    {
        foreach (var entry in Format("xlsx"))
        {
            using var book = new SpreadsheetReadBack(entry.File.Render());
            var workbook = ((XlsxFile)entry.File).Workbook;
            var visible = workbook.Sheets.Where(s => !s.Hidden).ToList();
            book.VisibleSheets.Should().HaveCount(entry.TableCount, entry.FileName);
            foreach (var o in entry.Observations)
            {
                var row = book.Row(book.VisibleSheets[o.Table - 1], visible[o.Table - 1].TableOffset + o.Row).Select(TextNormaliser.Collapse).ToList();
                row.Should().Contain(c => c.StartsWith(o.Indicator, StringComparison.Ordinal), $"{entry.FileName} {o.Indicator}");
                if (o.TargetRaw.Length > 0) row.Should().Contain(o.TargetRaw, $"{entry.FileName} {o.Indicator} target");
                if (o.ActualRaw.Length > 0) row.Should().Contain(o.ActualRaw, $"{entry.FileName} {o.Indicator} actual");
            }
        }
    }

    [Fact]
    public void Workbooks_store_figures_as_formatted_numbers()
    {
        using var book = new SpreadsheetReadBack(Format("xlsx").First(e => e.FileName.StartsWith("harrow-corporate-scorecard", StringComparison.Ordinal)).File.Render());
        var cells = book.Worksheet(book.VisibleSheets[0]).Descendants<Cell>().Where(c => c.DataType is null && c.CellValue is not null).ToList();

        cells.Should().Contain(c => book.NumberFormat(c) == "0%" && decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture) < 1);
        cells.Should().Contain(c => book.NumberFormat(c) == "0.00%");
        cells.Where(c => book.NumberFormat(c) == "0.00").Select(c => book.Text(c)).Should().Contain("23.01");
        cells.Where(c => book.NumberFormat(c) == "General").Select(c => book.Text(c)).Should().Contain("4500");
    }

    [Fact]
    public void The_brent_workbook_hides_its_working_sheets_and_reads_figures_through_formulas()
    {
        var entry = Format("xlsx").First(e => e.FileName == "brent-borough-plan-performance-q2-2023-24.xlsx");
        using var book = new SpreadsheetReadBack(entry.File.Render());

        book.Sheets.Where(s => s.State?.Value == SheetStateValues.Hidden).Select(s => s.Name!.Value).Should().Equal("Data", "Draft");
        var formulas = book.VisibleSheets.SelectMany(s => book.Worksheet(s).Descendants<Cell>()).Where(c => c.CellFormula is not null).ToList();
        formulas.Should().NotBeEmpty();
        formulas.Should().OnlyContain(c => c.CellFormula!.Text.StartsWith("Data!C", StringComparison.Ordinal) && c.CellValue != null);
        var merges = book.Worksheet(book.VisibleSheets[0]).Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        merges.Should().Contain("D5:F5").And.Contain("A5:A6");
    }

    [Fact]
    public void The_by_quarter_workbook_colours_rag_with_theme_colours()
    {
        var entry = Format("xlsx").Single(e => e.FileName == "brent-borough-plan-kpis-2023-24-by-quarter.xlsx");
        using var book = new SpreadsheetReadBack(entry.File.Render());
        var themed = book.VisibleSheets.SelectMany(s => book.Worksheet(s).Descendants<Cell>())
            .Select(c => book.Fill(c).PatternFill?.ForegroundColor).Where(c => c?.Theme is not null).ToList();

        themed.Select(c => c!.Theme!.Value).Should().Contain(9u).And.Contain(4u);
        themed.Where(c => c!.Theme!.Value == 4).Should().OnlyContain(c => c!.Tint!.Value > 0.5);
        entry.Observations.Select(o => o.Period.Label).Distinct().Should().Equal("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24");
    }

    [Fact]
    public void Footnote_numbers_are_superscript_runs_in_workbooks()
    {
        var entry = Format("xlsx").First(e => e.FileName.StartsWith("brent-borough-plan-performance", StringComparison.Ordinal));
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(entry.File.Render()), false);
        var runs = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.Descendants<Run>().ToList();

        runs.Where(r => r.RunProperties?.GetFirstChild<VerticalTextAlignment>()?.Val?.Value == VerticalAlignmentRunValues.Superscript)
            .Select(r => r.Text!.Text).Should().Equal("1", "2", "3", "4");
    }

    [Fact]
    public void Each_web_page_observation_points_at_a_table_row_that_prints_it()
    {
        foreach (var entry in Format("html"))
        {
            var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(entry.File.Render()));
            var tables = page.QuerySelectorAll("table").ToList();
            tables.Should().HaveCount(entry.TableCount, entry.FileName);
            foreach (var o in entry.Observations)
            {
                var row = tables[o.Table - 1].QuerySelectorAll("tr")[o.Row - 1];
                var cells = row.QuerySelectorAll("td, th").Select(c => TextNormaliser.Collapse(c.TextContent.Replace('\u00A0', ' '))).ToList();
                cells.Should().Contain(c => c.StartsWith(o.Indicator, StringComparison.Ordinal), $"{entry.FileName} {o.Indicator}");
                if (o.TargetRaw.Length > 0) cells.Should().Contain(o.TargetRaw);
                if (o.ActualRaw.Length > 0) cells.Should().Contain(o.ActualRaw);
            }
        }
    }

    [Fact]
    public void Web_pages_wrap_the_report_in_site_chrome_and_use_spans_and_fills()
    {
        var havering = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(
            Format("html").First(e => e.FileName.StartsWith("havering", StringComparison.Ordinal)).File.Render()));
        var brent = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(
            Format("html").First(e => e.FileName.StartsWith("brent", StringComparison.Ordinal)).File.Render()));

        havering.QuerySelector("nav")!.QuerySelectorAll("a").Should().HaveCountGreaterThan(3);
        havering.QuerySelector("footer").Should().NotBeNull();
        havering.QuerySelectorAll("td[rowspan]").Should().NotBeEmpty();
        havering.QuerySelectorAll("th[colspan='2']").Should().NotBeEmpty();
        havering.QuerySelectorAll("td[bgcolor]").Should().NotBeEmpty();
        havering.Title.Should().StartWith("O&S Board Performance Report");
        brent.QuerySelectorAll("td[style*='background:#']").Should().NotBeEmpty();
        brent.QuerySelectorAll("sup a").Should().HaveCount(4);
        brent.QuerySelector("img")!.GetAttribute("src").Should().StartWith("data:image/png;base64,");
    }
}
