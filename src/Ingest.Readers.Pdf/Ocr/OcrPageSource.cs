using System.Collections.Concurrent;
using System.Diagnostics;
using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>The pages of a document, scanned ones replaced by what OCR read on them.</summary>
/// <param name="Recognised">The OCR'd pages by number, for confidences and repairs of their cells.</param>
internal sealed record OcrReading(IReadOnlyList<PageContent> Pages, IReadOnlyDictionary<int, OcrPage> Recognised);

/// <summary>
/// Decides page by page whether a page is read from its text layer or by OCR: a page with (almost) no
/// visible text is a scan. Scanned pages are OCR'd in parallel, bounded by the options and by the run's
/// shared OCR slots (never more Tesseract processes than cores, however many workers), and each one
/// done is reported; the pages come back in document order.
/// </summary>
internal sealed class OcrPageSource(IPageContentSource inner, OcrOptions options)
{
    private readonly IOcrEngine _engine = options.Engine ?? new TesseractOcr();

    public OcrReading Read(string path, PageSelection? selection, CancellationToken cancellationToken)
    {
        var pages = new List<PageContent>();
        try
        {
            foreach (var page in inner.Read(path, selection, cancellationToken)) pages.Add(page);
        }
        catch (DocumentException e) when (e.Message == PdfFailure.NoTextLayer && pages.Count > 0)
        {
            // Every page is a scan: exactly what OCR is for.
        }

        var scanned = pages.Where(IsScanned).ToList();
        if (scanned.Count == 0) return new OcrReading(pages, new Dictionary<int, OcrPage>());

        var results = new ConcurrentDictionary<int, OcrPage>();
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveParallel, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(scanned, parallel, page =>
            {
                // The page's time is its reading alone, not its wait for a slot: the bench compares it between
                // a page read alone and pages read side by side.
                var time = TimeSpan.Zero;
                OcrPage Recognise()
                {
                    var clock = Stopwatch.StartNew();
                    var read = _engine.Recognise(path, page.Number, page.Width, page.Height, cancellationToken);
                    time = clock.Elapsed;
                    return read;
                }
                results[page.Number] = options.Slots is { } slots ? slots.Run(Recognise, cancellationToken) : Recognise();
                var count = Interlocked.Increment(ref done);
                options.Progress?.Report(new OcrProgress(Path.GetFileName(path), page.Number, count, scanned.Count, time));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is DocumentException) is DocumentException first)
        {
            throw first;
        }
        var merged = pages.Select(p => results.TryGetValue(p.Number, out var ocr) ? OcrPageContent.ToPage(ocr) : p).ToList();
        return new OcrReading(merged, results);
    }

    private bool IsScanned(PageContent page)
    {
        var visible = 0;
        foreach (var glyph in page.Glyphs)
            if (glyph.Visible && !string.IsNullOrWhiteSpace(glyph.Text) && ++visible >= options.MinGlyphs) return false;
        return page.ImageCount > 0;
    }
}
