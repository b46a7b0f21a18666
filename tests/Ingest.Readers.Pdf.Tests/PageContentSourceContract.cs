using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>
/// What every PDF engine must give the table finders: each engine runs these same tests, so the finders
/// and everything after them need not know which engine read a page.
/// </summary>
public abstract class PageContentSourceContract : IDisposable
{
    private readonly TempFiles _files = new();

    private protected TempFiles Files => _files;

    protected abstract IPageContentSource CreateSource();

    public void Dispose()
    {
        _files.Dispose();
        GC.SuppressFinalize(this);
    }

    [ContractFact]
    public void Glyphs_have_page_coordinates_from_the_top_left_with_font_size_bold_and_colour()
    {
        var pdf = new TinyPdf();
        pdf.Page(400, 300)
            .Text(50, 40, "Target", size: 12, bold: true)
            .Text(50, 80, "93%", size: 10, rgb: "FF0000");
        var page = Read(pdf).Single();

        page.Width.Should().Be(400);
        page.Height.Should().Be(300);
        var target = page.Glyphs.First(g => g.Text == "T");
        target.X.Should().BeApproximately(50, 0.01);
        target.Y.Should().BeApproximately(40, 0.01);
        target.Size.Should().BeApproximately(12, 0.01);
        target.Bold.Should().BeTrue();
        target.Font.Should().Be("Helvetica-Bold");
        target.Colour.Should().BeNull("black text has the default colour, as in Word");
        var nine = page.Glyphs.First(g => g.Text == "9");
        nine.Colour.Should().Be("FF0000");
        nine.Bold.Should().BeFalse();
        nine.Advance.Should().BeApproximately(5.56, 0.05, "Helvetica's digits are 0.556 em wide");
    }

    [ContractFact]
    public void Stroked_lines_and_thin_filled_rectangles_are_rules_and_larger_fills_keep_their_colour()
    {
        var pdf = new TinyPdf();
        pdf.Page(400, 300)
            .Text(20, 30, "Scorecard")
            .Line(20, 50, 300, 50)
            .Fill(20, 60, 280, 0.8, "000000")
            .Fill(100, 100, 50, 20, "00B050")
            .Fill(100, 130, 0.5, 40, "000000");
        var page = Read(pdf).Single();

        page.Rules.Should().HaveCount(3);
        page.Rules.Count(r => r.IsHorizontal).Should().Be(2);
        var vertical = page.Rules.Single(r => r.IsVertical);
        vertical.X1.Should().BeApproximately(100.25, 0.01);
        Math.Min(vertical.Y1, vertical.Y2).Should().BeApproximately(130, 0.01);
        var fill = page.Fills.Single();
        fill.Colour.Should().Be("00B050");
        fill.Box.Left.Should().BeApproximately(100, 0.01);
        fill.Box.Top.Should().BeApproximately(100, 0.01);
        fill.Box.Bottom.Should().BeApproximately(120, 0.01);
    }

    [ContractFact]
    public void Pages_are_read_one_by_one_and_a_selection_reads_only_its_pages()
    {
        var pdf = new TinyPdf();
        for (var i = 1; i <= 5; i++) pdf.Page(200, 200).Text(20, 20, $"Page {i}");
        var pages = Read(pdf, PageSelection.Parse("2,4-5")).ToList();

        pages.Select(p => p.Number).Should().Equal(2, 4, 5);
        string.Concat(pages[0].Glyphs.Select(g => g.Text)).Should().Be("Page 2");
    }

    [ContractFact]
    public void Vertical_text_reports_its_angle_and_a_rotated_page_its_displayed_size()
    {
        var pdf = new TinyPdf();
        pdf.Page(400, 300).Text(50, 200, "Up", angle: 90);
        pdf.Page(400, 300, rotate: 90).Text(50, 50, "Turned").Text(50, 70, "page");
        var pages = Read(pdf).ToList();

        pages[0].Glyphs.Should().OnlyContain(g => Math.Abs(g.Angle - 270) < 0.01, "bottom-to-top text runs up the page");
        pages[0].Rotation.Should().Be(270);
        pages[1].Width.Should().Be(300, "the page is displayed turned");
        pages[1].Height.Should().Be(400);
        pages[1].Rotation.Should().Be(90, "the text of a page turned clockwise runs down it");
    }

    [ContractFact]
    public void A_file_without_the_pdf_header_is_not_a_pdf()
    {
        var path = _files.Write("letter.pdf", "Dear councillor,\nplease find attached..."u8.ToArray());
        var act = () => CreateSource().Read(path, null, default).ToList();
        act.Should().Throw<DocumentException>().WithMessage("not a PDF file");
    }

    [ContractFact]
    public void A_truncated_pdf_is_damaged_in_one_line()
    {
        var pdf = new TinyPdf();
        pdf.Page().Text(50, 50, "Quarterly performance report");
        var bytes = pdf.Build();
        var path = _files.Write("cut.pdf", bytes[..(bytes.Length * 2 / 3)]);
        var act = () => CreateSource().Read(path, null, default).ToList();
        act.Should().Throw<DocumentException>().Which.Message.Should().StartWith("the PDF is damaged: ")
            .And.NotContain("\n");
    }

    [RequiresMutoolFact]
    public void A_password_protected_pdf_says_so()
    {
        var plain = _files.Write("plain.pdf", new TinyPdf().Also(p => p.Page().Text(50, 50, "Confidential")).Build());
        var locked = _files.PathOf("locked.pdf");
        MutoolTool.Run("clean", "-E", "aes-256", "-U", "secret", "-O", "owner", plain, locked);

        var act = () => CreateSource().Read(locked, null, default).ToList();
        act.Should().Throw<DocumentException>().WithMessage("the PDF is password-protected");
    }

    [ContractFact]
    public void Pages_without_any_glyph_have_no_text_layer()
    {
        var pdf = new TinyPdf();
        pdf.Page().Fill(10, 10, 300, 400, "C0C0C0");
        var act = () => Read(pdf).ToList();
        act.Should().Throw<DocumentException>()
            .WithMessage("no text layer: the pages are scanned images, and OCR is off");
    }

    private IEnumerable<PageContent> Read(TinyPdf pdf, PageSelection? pages = null) =>
        CreateSource().Read(_files.Write($"{Guid.NewGuid():N}.pdf", pdf.Build()), pages, default);
}
