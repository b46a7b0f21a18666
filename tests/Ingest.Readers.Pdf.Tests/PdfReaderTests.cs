using Ingest.Core.Pipeline;
using Ingest.Readers;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

public sealed class PdfReaderTests
{
    private static readonly double[] Columns = [40, 260, 330, 400];

    [RequiresMutoolFact]
    public void Running_headers_and_page_numbers_are_neither_rows_nor_body_text_and_headers_are_kept_once()
    {
        var pdf = new TinyPdf();
        for (var page = 1; page <= 3; page++)
            pdf.Page()
                .Text(40, 30, "London Borough of Harrow", 9)
                .Text(40, 120 + page * 20, $"Section {page} of the report", 11)
                .Text(280, 820, $"Page {page} of 3", 9);

        var content = PdfFixture.Read(pdf);

        content.Paragraphs.Should().Equal(
            "London Borough of Harrow", "Section 1 of the report", "Section 2 of the report", "Section 3 of the report");
    }

    [RequiresMutoolFact]
    public void A_table_has_the_paragraphs_before_it_as_context_nearest_last_and_tables_are_numbered_in_reading_order()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page()
            .Text(40, 50, "Appendix 1", 14, bold: true)
            .Text(40, 70, "Performance Indicators - Residents First Q2", 11, bold: true);
        TableDrawer.Draw(page, 85, Columns, [[new("Indicator"), new("Target"), new("Actual")], [new("Calls answered"), new("90%"), new("93%")]], Borders.Lines);
        page.Text(40, 200, "Performance Indicators - Clean and Safe Q2", 11, bold: true);
        TableDrawer.Draw(page, 215, Columns, [[new("Indicator"), new("Target"), new("Actual")], [new("Homes with gas certificate"), new("100%"), new("100%")]], Borders.Lines);

        var tables = PdfFixture.Read(pdf).Tables;

        tables.Select(t => t.Index).Should().Equal(1, 2);
        tables[0].Context.Should().Equal("Appendix 1", "Performance Indicators - Residents First Q2");
        tables[1].Context.Should().Equal("Performance Indicators - Clean and Safe Q2");
        tables[1].TextAt(1, 0).Should().Be("Homes with gas certificate");
    }

    [RequiresMutoolFact]
    public void A_table_continued_under_a_repeated_header_is_one_table_whose_first_header_is_declared()
    {
        var pdf = new TinyPdf();
        DrawnCell[] header = [new("Indicator", Bold: true), new("Target", Bold: true), new("Actual", Bold: true)];
        TableDrawer.Draw(pdf.Page(), 60, Columns, [header, [new("Calls answered"), new("90%"), new("93%")]], Borders.Lines);
        TableDrawer.Draw(pdf.Page(), 60, Columns, [header, [new("Complaints answered"), new("90%"), new("95%")]], Borders.Lines);

        var table = PdfFixture.Read(pdf).Tables.Single();

        table.RowCount.Should().Be(4, "the repeated header stays a row: the extractor drops repeated headers");
        table.Rows[0].IsDeclaredHeader.Should().BeTrue();
        table.Rows[2].IsDeclaredHeader.Should().BeFalse();
        table.TextAt(3, 0).Should().Be("Complaints answered");
        table.OriginAt(3, 2)!.Page.Should().Be(2);
        table.Page.Should().Be(1);
    }

    [RequiresMutoolFact]
    public void A_repeated_header_with_one_cell_misread_is_still_the_header_and_the_cut_row_is_joined()
    {
        // A scan reads the repeated "Ref" as "Red"; the row the page break cut goes on under it.
        double[] columns = [40, 80, 260, 330, 400];
        var pdf = new TinyPdf();
        DrawnCell[] Header(string first) => [new(first, Bold: true), new("Indicator", Bold: true), new("Target", Bold: true), new("Actual", Bold: true)];
        TableDrawer.Draw(pdf.Page(), 60, columns, [Header("Ref"), [new("C1"), new("Calls answered within"), new("90%"), new("93%")]], Borders.Lines);
        TableDrawer.Draw(pdf.Page(), 60, columns, [Header("Red"), [new(""), new("two minutes"), new(""), new("")], [new("C2"), new("Complaints answered"), new("90%"), new("95%")]], Borders.Lines);

        var table = PdfFixture.Read(pdf).Tables.Single();

        table.Rows[0].IsDeclaredHeader.Should().BeTrue();
        table.TextAt(1, 1).Should().Be("Calls answered within two minutes");
        table.TextAt(3, 0).Should().Be("C2");
    }

    [RequiresMutoolFact]
    public void A_footnote_opened_by_an_asterisk_under_a_table_does_not_end_it_even_at_body_size()
    {
        // OCR measures sizes from word boxes, so a scan's footnote can come out as large as the body text.
        var pdf = new TinyPdf();
        DrawnCell[] header = [new("Indicator", Bold: true), new("Target", Bold: true), new("Actual", Bold: true)];
        var first = pdf.Page();
        TableDrawer.Draw(first, 60, Columns, [header, [new("Calls answered*"), new("90%"), new("93%")]], Borders.Lines);
        first.Text(40, 140, "* Cumulative: the target rises each quarter.", size: 10);
        TableDrawer.Draw(pdf.Page(), 60, Columns, [header, [new("Complaints answered"), new("90%"), new("95%")]], Borders.Lines);

        PdfFixture.Read(pdf).Tables.Should().ContainSingle().Which.RowCount.Should().Be(4);
    }

    [RequiresMutoolFact]
    public void Tables_on_consecutive_pages_with_different_columns_stay_apart()
    {
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 60, Columns, [[new("Indicator"), new("Target"), new("Actual")], [new("Calls answered"), new("90%"), new("93%")]], Borders.Lines);
        TableDrawer.Draw(pdf.Page(), 60, [40, 200, 520], [[new("Risk"), new("Mitigation")], [new("Late reporting"), new("Monthly scorecards")]], Borders.Lines);

        PdfFixture.Read(pdf).Tables.Should().HaveCount(2);
    }

    [RequiresMutoolFact]
    public void Pages_area_and_mode_choose_what_is_read()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page();
        TableDrawer.Draw(page, 60, Columns, [[new("Indicator"), new("Target"), new("Actual")], [new("Calls answered"), new("90%"), new("93%")]], Borders.Lines);
        TableDrawer.Draw(page, 400, Columns,
        [
            [new("Borough"), new("2022-23"), new("2023-24")], [new("Harrow"), new("1,190"), new("1,257")],
            [new("Havering"), new("731"), new("806")], [new("Barnet"), new("2,387"), new("2,512")],
        ], Borders.None);
        TableDrawer.Draw(pdf.Page(), 60, Columns, [[new("Risk"), new("Owner"), new("RAG")], [new("Late reporting"), new("MD"), new("Green")]], Borders.Lines);

        PdfFixture.Tables(pdf).Should().HaveCount(3);
        PdfFixture.Tables(pdf, new TableExtractionOptions(Pages: PageSelection.Parse("2"))).Single().TextAt(0, 0).Should().Be("Risk");
        PdfFixture.Tables(pdf, new TableExtractionOptions(Mode: ExtractionMode.Lattice)).Should().HaveCount(2);
        var area = TableExtractionOptions.ParseArea("380,30,560,420");
        var inArea = PdfFixture.Tables(pdf, new TableExtractionOptions(PageSelection.Parse("1"), area)).Single();
        inArea.TextAt(1, 0).Should().Be("Harrow");
    }

    [Fact]
    public void A_bad_file_fails_with_its_one_line_reason()
    {
        using var files = new TempFiles();
        var path = files.Write("minutes.pdf", "<html>not a pdf</html>"u8.ToArray());
        using var stream = File.OpenRead(path);
        var act = () => new PdfReader().Read(DocumentSources.FromFile(path), stream);
        act.Should().Throw<DocumentException>().WithMessage("not a PDF file");
    }

    [Fact]
    public void Pages_are_released_as_they_are_read_so_memory_stays_flat()
    {
        var alive = new List<WeakReference>();
        var mostAlive = 0;

        IEnumerable<PageContent> Pages()
        {
            for (var number = 1; number <= 40; number++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                mostAlive = Math.Max(mostAlive, alive.Count(w => w.IsAlive));
                var page = OnePage(number);
                alive.Add(new WeakReference(page));
                yield return page;
            }
        }

        var tables = PdfTables.Extract(new FixedSource(Pages), "unused.pdf", TableExtractionOptions.Default);

        tables.Should().ContainSingle("the pages repeat one table under one header");
        mostAlive.Should().BeLessThanOrEqualTo(2, "a page's glyphs are dropped once its lines and tables are found");
    }

    private static PageContent OnePage(int number)
    {
        var glyphs = new List<Glyph>();
        void Text(string text, double x, double y)
        {
            foreach (var ch in text)
            {
                glyphs.Add(new Glyph(ch.ToString(), x, y, 5, 9, "Helvetica", false, null, 0));
                x += 5;
            }
        }
        Text("Indicator", 45, 72);
        Text("Actual", 205, 72);
        Text($"Indicator {number}", 45, 92);
        Text($"{number}%", 205, 92);
        Rule[] rules =
        [
            new(40, 60, 300, 60, 0.5, null), new(40, 80, 300, 80, 0.5, null), new(40, 100, 300, 100, 0.5, null),
            new(40, 60, 40, 100, 0.5, null), new(200, 60, 200, 100, 0.5, null), new(300, 60, 300, 100, 0.5, null),
        ];
        return new PageContent(number, 595, 842, 0, glyphs, rules, [], 0);
    }

    private sealed class FixedSource(Func<IEnumerable<PageContent>> pages) : IPageContentSource
    {
        public string Name => "fixed";

        public IEnumerable<PageContent> Read(string path, PageSelection? selection, CancellationToken cancellationToken) => pages();
    }
}
