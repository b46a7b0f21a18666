using Ingest.Core.Tables;
using Ingest.Readers;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// The arrow shapes read from scans must not turn a "1", "t", "+" or "l" into an arrow: digital corpus pages, drawn as
/// pictures at a scan's resolutions and OCR'd, show an arrow only in a cell whose digital reading has one. The pages
/// hold arrows in their direction-of-travel columns and none in their figures, names and comments.
/// Needs tesseract (Debian tesseract-ocr, tesseract-ocr-eng).
/// </summary>
public sealed class PhantomArrowTests
{
    private const string Arrows = "↑↓→←↔↕▲▼►◄⬆⬇➡⬅⇧⇩⇨⇦";

    [RequiresTesseractTheory]
    [InlineData("brent/brent-borough-plan-performance-q4-2023-24.pdf", 1, 200, false)]
    // Harrow's thin font arrows are not read from a picture yet: here only their absence elsewhere is tested.
    [InlineData("harrow/harrow-corporate-scorecard-q1-2023-24.pdf", 1, 300, false)]
    [InlineData("havering/havering-os-board-performance-q1-2017-18.pdf", 1, 200, true)]
    public void A_digital_page_drawn_as_a_scan_shows_no_arrow_where_its_text_has_none(string relativePath, int page, int dpi, bool readsArrows)
    {
        using var files = new TempFiles();
        var single = files.PathOf("page.pdf");
        MutoolTool.Run("merge", "-o", single, Path.Combine(RepositoryPaths.Corpus, relativePath), page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var picture = files.PathOf("page.ppm");
        MutoolTool.Run("draw", "-q", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "rgb", "-o", picture, single, "1");
        RasterImage image;
        using (var stream = File.OpenRead(picture)) image = RasterImage.ReadPnm(stream);
        var scan = files.Write("scan.pdf", ImageOnlyPdf.Build(image.Width, image.Height, image.Rgb, image.Width * 72.0 / dpi, image.Height * 72.0 / dpi));

        var digital = Cells(Read(single, OcrOptions.Disabled));
        var scanned = Cells(Read(scan, new OcrOptions()));

        scanned.Should().NotBeEmpty("the page's tables are read from the picture");
        var phantoms = scanned.Where(c => HasArrow(c.Text))
            .Where(c => !digital.Any(d => d.Box!.IntersectionArea(c.Box!) > 0 && HasArrow(d.Text)))
            .Select(c => $"'{c.Text}' at {c.Box}")
            .ToList();
        phantoms.Should().BeEmpty("no digital cell there holds an arrow");
        if (readsArrows)
            scanned.Should().Contain(c => HasArrow(c.Text), "the page's real arrows are read, so the test is not passed by reading none");
    }

    private static DocumentContent Read(string path, OcrOptions ocr)
    {
        using var stream = File.OpenRead(path);
        return new PdfReader(SymbolFonts.FromRules(), ocr: ocr).Read(DocumentSources.FromFile(path), stream);
    }

    private static List<Cell> Cells(DocumentContent content) =>
        content.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Box is not null && !c.IsEmpty).ToList();

    private static bool HasArrow(string text) => text.Any(c => Arrows.Contains(c, StringComparison.Ordinal));
}
