using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Layout;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf;

/// <summary>
/// Reads digital PDFs into the shared table model: ruled and unruled tables in reading order (a table
/// continuing over pages is one table), cells with spans, fills, bold and coloured runs, page and box;
/// the body text outside tables as paragraphs, running headers and footers first and once.
/// Pages with no (or almost no) text layer are scans: they are OCR'd and their words enter the same
/// table finding; their cells carry a confidence, and their text the OCR repairs.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    private readonly IReadOnlyList<IPageContentSource> _engines;
    private readonly TableExtractionOptions _options;
    private readonly OcrOptions _ocr;

    /// <param name="symbolFonts">Symbol-font glyph meanings (the Word reader's rules), so Wingdings arrows read as arrows.</param>
    /// <param name="engine">Which engine reads pages, and whether mutool takes over what it cannot read.</param>
    /// <param name="ocr">How scanned pages are read; null for Tesseract with no text repair.</param>
    /// <param name="options">How tables are looked for, with the finders' tolerances; null for the defaults.</param>
    public PdfReader(ISymbolFonts? symbolFonts = null, PdfEngineOptions? engine = null, OcrOptions? ocr = null, TableExtractionOptions? options = null)
        : this(PdfEngines.Create(engine ?? PdfEngineOptions.Default, symbolFonts), options, ocr)
    {
    }

    public PdfReader(IPageContentSource source, TableExtractionOptions? options = null, OcrOptions? ocr = null)
        : this([source ?? throw new ArgumentNullException(nameof(source))], options, ocr)
    {
    }

    /// <param name="engines">Engines in the order they are tried: each later one reads a file an earlier one gave up on.</param>
    public PdfReader(IReadOnlyList<IPageContentSource> engines, TableExtractionOptions? options = null, OcrOptions? ocr = null)
    {
        ArgumentNullException.ThrowIfNull(engines);
        if (engines.Count == 0) throw new ArgumentException("at least one PDF engine is needed", nameof(engines));
        _engines = engines;
        _options = options ?? TableExtractionOptions.Default;
        _ocr = ocr ?? OcrOptions.Default;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        // mutool reads files, not streams: the source's own file when it is there, else a private copy.
        if (File.Exists(source.Path) && new FileInfo(source.Path).Length == source.Length)
            return Read(source, source.Path, cancellationToken);
        var copy = Path.Combine(Path.GetTempPath(), $"ingest-{Guid.NewGuid():N}.pdf");
        try
        {
            using (var file = File.Create(copy)) content.CopyTo(file);
            return Read(source, copy, cancellationToken);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private DocumentContent Read(DocumentSource source, string path, CancellationToken cancellationToken)
    {
        var reading = ReadLayout(path, _options, cancellationToken);
        var warnings = new List<string>();
        if (reading.PageCount == 0) warnings.Add("the PDF has no pages");
        if (reading.ScannedPages > 0)
            warnings.Add($"{reading.ScannedPages} of {reading.PageCount} pages had no text layer and were read with OCR");
        warnings.AddRange(reading.EngineNotes);
        warnings.AddRange(reading.OcrNotes);
        return new DocumentContent(source, reading.Paragraphs, reading.Tables, warnings) { ReadWith = reading.Engine };
    }

    /// <summary>
    /// A file's paragraphs and tables, scanned pages OCR'd (when OCR is on) so that they enter the same
    /// table finding as the text layer. <c>ingest tables</c> reads through here too, with its own pages,
    /// area and mode.
    /// </summary>
    /// <exception cref="DocumentException">The file cannot be read.</exception>
    public PdfLayoutReading ReadLayout(string path, TableExtractionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        for (var i = 0; ; i++)
        {
            var engine = _engines[i];
            try
            {
                return ReadLayout(engine, path, options, cancellationToken) with { EngineNotes = notes };
            }
            catch (PdfEngineFailure e) when (i + 1 < _engines.Count)
            {
                // Read again from the start: pages already read by the failed engine are not mixed in.
                notes.Add($"read with {_engines[i + 1].Name}: {e.Engine} could not ({e.Message})");
            }
        }
    }

    private PdfLayoutReading ReadLayout(IPageContentSource engine, string path, TableExtractionOptions options, CancellationToken cancellationToken)
    {
        if (!_ocr.Enabled)
        {
            var digital = DocumentLayoutBuilder.Build(engine.Read(path, options.Pages, cancellationToken), options, cancellationToken);
            return new PdfLayoutReading(digital.Paragraphs, digital.Tables, digital.PageCount, 0) { Engine = engine.Name };
        }
        var reading = new OcrPageSource(engine, _ocr).Read(path, options.Pages, cancellationToken);
        var layout = DocumentLayoutBuilder.Build(reading.Pages, options, cancellationToken);
        var tables = new OcrCells(reading.Recognised, _ocr.Repair).Apply(layout.Tables);
        return new PdfLayoutReading(layout.Paragraphs, tables, layout.PageCount, reading.Recognised.Count)
        {
            Engine = engine.Name,
            OcrNotes = [.. reading.Recognised.Values.SelectMany(p => p.Notes).Distinct()],
        };
    }
}

/// <summary>What a PDF reads as: body text, tables, how many pages, and how many of those were scans read with OCR.</summary>
public sealed record PdfLayoutReading(IReadOnlyList<string> Paragraphs, IReadOnlyList<Table> Tables, int PageCount, int ScannedPages)
{
    /// <summary>The engine that read the pages ("pdfpig", "mutool").</summary>
    public string Engine { get; init; } = "";

    /// <summary>Why an engine gave way to the next, one line each.</summary>
    public IReadOnlyList<string> EngineNotes { get; init; } = [];

    /// <summary>What the OCR of scanned pages could not do (each said once), one line each.</summary>
    public IReadOnlyList<string> OcrNotes { get; init; } = [];
}
