using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Content;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// Page content read in process by PdfPig (UglyToad.PdfPig): nothing but .NET, so digital PDFs read on
/// a machine without MuPDF. One document is opened per call and read page by page; a PdfPig document is
/// not thread-safe, so each worker's call has its own.
/// </summary>
public sealed class PdfPigPageSource(ISymbolFonts? symbolFonts = null) : IPageContentSource
{
    public const string EngineName = "pdfpig";

    private readonly SymbolFontResolver? _symbols = symbolFonts is null ? null : new SymbolFontResolver(symbolFonts);

    public string Name => EngineName;

    public IEnumerable<PageContent> Read(string path, PageSelection? pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Checked before the first page is asked for, so a bad file fails where Read is called.
        var (isPdf, isComplete) = PdfFileCheck.Inspect(path);
        if (!isPdf) throw new DocumentException(PdfFailure.NotPdf);
        // A truncated report is not read: a repair would lose its last pages without a word.
        if (!isComplete) throw new DocumentException(PdfFailure.Damaged("the file ends early (no %%EOF marker)"));
        var document = Open(path);
        return ReadPages(document, pages, cancellationToken);
    }

    private static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentException(PdfFailure.Encrypted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new PdfEngineFailure(EngineName, PdfFailure.Damaged(OneLine(e.Message)), e);
        }
    }

    private IEnumerable<PageContent> ReadPages(PdfDocument document, PageSelection? pages, CancellationToken cancellationToken)
    {
        using (document)
        {
            var pageCount = 0;
            var withText = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (pages is not null && !pages.Contains(number)) continue;
                cancellationToken.ThrowIfCancellationRequested();
                PageContent page;
                try
                {
                    page = PdfPigPage.Convert(document.GetPage(number), _symbols);
                }
                catch (Exception e) when (e is not (OperationCanceledException or DocumentException))
                {
                    throw new PdfEngineFailure(EngineName, PdfFailure.Damaged($"page {number}: {OneLine(e.Message)}"), e);
                }
                pageCount++;
                if (page.Glyphs.Any(g => !string.IsNullOrWhiteSpace(g.Text))) withText++;
                yield return page;
            }
            if (pageCount > 0 && withText == 0) throw new DocumentException(PdfFailure.NoTextLayer);
        }
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= 200 ? line : line[..200] + "...";
    }
}
