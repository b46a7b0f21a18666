using Ingest.Readers;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// One page of the scanned Havering twin (corpus/scanned, made by tools/make-scans.sh) through Tesseract:
/// the page has no text layer, so it is OCR'd, and its table comes out of the same table finding.
/// Needs tesseract (Debian tesseract-ocr, tesseract-ocr-eng).
/// </summary>
public sealed class ScannedPageTests
{
    private sealed class Reports : IProgress<OcrProgress>
    {
        public List<OcrProgress> Seen { get; } = [];
        public void Report(OcrProgress value)
        {
            lock (Seen) Seen.Add(value);
        }
    }

    [RequiresTesseractFact]
    public void A_scanned_page_is_read_by_ocr_into_a_table_whose_cells_carry_confidence()
    {
        var path = Path.Combine(RepositoryPaths.Corpus, "scanned", "havering-os-board-performance-q2-2017-18.pdf");
        var progress = new Reports();
        var repaired = new List<string>();
        var reader = new PdfReader(new Mutool.MutoolTraceSource(), new TableExtractionOptions(Pages: PageSelection.Parse("1")),
            new OcrOptions(Progress: progress, Repair: text =>
            {
                lock (repaired) repaired.Add(text);
                return (text, 0);
            }));
        using var stream = File.OpenRead(path);
        var content = reader.Read(DocumentSources.FromFile(path), stream);

        content.Warnings.Should().Contain(w => w.Contains("read with OCR", StringComparison.Ordinal));
        progress.Seen.Should().ContainSingle().Which.Page.Should().Be(1);
        var cells = content.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => !c.IsEmpty).ToList();
        cells.Should().OnlyContain(c => c.Confidence != null && c.Confidence > 0 && c.Confidence <= 1);
        cells.Select(c => c.CleanText).Should().Contain("No. of Stage 1 complaints received")
            .And.Contain("Contractor liaison with residents during regeneration work");
        content.Paragraphs.Should().Contain(p => p.Contains("Havering", StringComparison.Ordinal));
        repaired.Should().NotBeEmpty("the repair sees the OCR'd cells' text");
    }

    [RequiresTesseractFact]
    public void A_mixed_document_is_read_page_by_page_digital_pages_from_their_text_and_the_scan_with_ocr()
    {
        // A digital report with a scanned appendix: page 1 of the Havering twin, then page 2 of its scan.
        using var files = new TempFiles();
        var mixed = files.PathOf("mixed.pdf");
        MutoolTool.Run("merge", "-o", mixed,
            Path.Combine(RepositoryPaths.Corpus, "havering", "havering-os-board-performance-q2-2017-18.pdf"), "1",
            Path.Combine(RepositoryPaths.Corpus, "scanned", "havering-os-board-performance-q2-2017-18.pdf"), "2");

        var progress = new Reports();
        var reader = new PdfReader(new Mutool.MutoolTraceSource(), ocr: new OcrOptions(Progress: progress));
        using var stream = File.OpenRead(mixed);
        var content = reader.Read(DocumentSources.FromFile(mixed), stream);

        content.Warnings.Should().Contain("1 of 2 pages had no text layer and were read with OCR");
        progress.Seen.Should().ContainSingle().Which.Page.Should().Be(2);
        var cells = content.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => !c.IsEmpty).ToList();
        cells.Where(c => c.Page == 1).Should().NotBeEmpty().And.OnlyContain(c => c.Confidence == null, "page 1 has its text layer");
        cells.Where(c => c.Page == 2).Should().NotBeEmpty().And.OnlyContain(c => c.Confidence != null, "page 2 is a scan");
        cells.Select(c => c.CleanText).Should().Contain("No. of Stage 1 complaints received").And.Contain("Emergency admission rates");
    }
}
