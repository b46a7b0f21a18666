using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>One word Tesseract read, in page coordinates (points, origin top-left).</summary>
/// <param name="Confidence">Tesseract's confidence, 0-100.</param>
/// <param name="Line">Words with the same number were read as one text line.</param>
/// <param name="Angle">Direction the text runs, degrees clockwise as in the text layer: 0 left to right,
/// 270 bottom to top (a turned label in a table's first column).</param>
/// <param name="Bold">Printed bold, as the strokes' thickness on the picture shows (<see cref="OcrBoldWords"/>).</param>
/// <param name="Colour">The word's colour (RRGGBB) where the picture shows it: a coloured mark stood in for by "●".</param>
/// <param name="Baseline">Where the word's letters stand, read from its ink (<see cref="OcrBaselines"/>); null when not read.</param>
public sealed record OcrWord(string Text, BoundingBox Box, double Confidence, int Line, double Angle = 0, bool Bold = false, string? Colour = null,
    double? Baseline = null);

/// <summary>What OCR found on one page: words, and the ruling lines and shading seen in the picture.</summary>
/// <param name="Skew">Degrees the scan was turned back before reading.</param>
public sealed record OcrPage(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<OcrWord> Words,
    IReadOnlyList<Rule> Rules,
    IReadOnlyList<FilledRect> Fills,
    double Skew)
{
    /// <summary>The scan's clearly coloured places, for the colour of cells found on it; null when not measured.</summary>
    internal ScanColours? Colours { get; init; }

    /// <summary>What the reading could not do on the page, one line each (Tesseract's word list missing, say).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Reads a page of a PDF that has no text layer.</summary>
public interface IOcrEngine
{
    /// <param name="pageWidth">The page's width in points, as the text layer reader measured it.</param>
    /// <exception cref="Ingest.Core.Pipeline.DocumentException">The OCR tool is missing, failed or timed out.</exception>
    OcrPage Recognise(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellationToken);
}

/// <summary>Progress of a document's OCR: one report as each page is done.</summary>
public sealed record OcrProgress(string Document, int Page, int PagesDone, int PagesToRead, TimeSpan PageTime);

/// <summary>When and how pages without a text layer are read with OCR.</summary>
/// <param name="Engine">Null for Tesseract.</param>
/// <param name="Progress">Told as each OCR'd page is done (from worker threads).</param>
/// <param name="Repair">Repairs one line of OCR'd cell text (homoglyphs, digits read as letters, vocabulary
/// snapping): the repaired text and how much the cell's confidence drops for it (0 when nothing changed).
/// Kept a delegate so that this project needs only Core: Ingest.Normalisation's OcrRepairer.RepairCell fits.</param>
/// <param name="MaxParallel">Pages read at once; null for one per core.</param>
/// <param name="MinGlyphs">A page with fewer visible characters than this in its text layer is OCR'd.</param>
/// <param name="Slots">Pages read at once across all documents (shared by a run's workers); null for this document's own.</param>
public sealed record OcrOptions(
    IOcrEngine? Engine = null,
    IProgress<OcrProgress>? Progress = null,
    Func<string, (string Text, double Penalty)>? Repair = null,
    int? MaxParallel = null,
    int MinGlyphs = 20,
    bool Enabled = true,
    OcrSlots? Slots = null)
{
    public static readonly OcrOptions Default = new();
    public static readonly OcrOptions Disabled = new(Enabled: false);

    public int EffectiveParallel => MaxParallel is > 0 and var n ? n : Math.Max(1, Environment.ProcessorCount);
}
