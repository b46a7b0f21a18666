using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Content;
using Polly;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Page content from MuPDF's <c>mutool trace</c> (Debian package mupdf-tools), parsed while mutool
/// writes it so that memory does not grow with the document.
/// </summary>
public sealed class MutoolTraceSource : IPageContentSource
{
    private readonly MutoolOptions _options;
    private readonly ISymbolFonts? _symbolFonts;
    private readonly ResiliencePipeline _timeout;

    public MutoolTraceSource(MutoolOptions? options = null, ISymbolFonts? symbolFonts = null)
    {
        _options = options ?? new MutoolOptions();
        _symbolFonts = symbolFonts;
        _timeout = new ResiliencePipelineBuilder().AddTimeout(_options.EffectiveTimeout).Build();
    }

    public const string EngineName = "mutool";

    public string Name => EngineName;

    public IEnumerable<PageContent> Read(string path, PageSelection? pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Checked before the first page is asked for, so a bad file fails where Read is called.
        var (isPdf, isComplete) = PdfFileCheck.Inspect(path);
        if (!isPdf) throw new DocumentException(MutoolFailure.NotPdf);
        return ReadPages(path, pages, isComplete, cancellationToken);
    }

    private IEnumerable<PageContent> ReadPages(string path, PageSelection? pages, bool isComplete, CancellationToken cancellationToken)
    {
        using var run = MutoolRun.Start(_options, _timeout, path, pages, cancellationToken);
        if (!isComplete)
        {
            // mutool would repair the file and print what is left; a truncated report is not read.
            run.Drain();
            var code = run.WaitForExit();
            ThrowIfStopped(run, cancellationToken);
            if (code != 0) throw new DocumentException(MutoolFailure.Describe(code, run.Errors));
            throw new DocumentException(MutoolFailure.Damaged(
                MutoolFailure.FirstError(run.Errors) ?? "the file ends early (no %%EOF marker)"));
        }

        var parser = new TraceParser(run.Output, _symbolFonts is null ? null : new SymbolFontResolver(_symbolFonts),
            new MutoolPictures(_options, _timeout, path, cancellationToken));
        using var enumerator = parser.Pages(cancellationToken).GetEnumerator();
        var pageCount = 0;
        var withText = 0;
        while (true)
        {
            PageContent page;
            try
            {
                if (!enumerator.MoveNext()) break;
                page = enumerator.Current;
            }
            catch (InvalidDataException e)
            {
                // The output stopped mid-element: mutool was killed or failed; its own reason is better.
                var code = run.WaitForExit();
                ThrowIfStopped(run, cancellationToken);
                throw new DocumentException(code != 0
                    ? MutoolFailure.Describe(code, run.Errors)
                    : MutoolFailure.Damaged($"mutool's output could not be read ({e.Message})"), e);
            }
            pageCount++;
            if (page.Glyphs.Any(g => !string.IsNullOrWhiteSpace(g.Text))) withText++;
            yield return page;
        }

        var exitCode = run.WaitForExit();
        ThrowIfStopped(run, cancellationToken);
        if (exitCode != 0) throw new DocumentException(MutoolFailure.Describe(exitCode, run.Errors));
        if (pageCount > 0 && withText == 0) throw new DocumentException(MutoolFailure.NoTextLayer);
    }

    private void ThrowIfStopped(MutoolRun run, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (run.TimedOut) throw new DocumentException(MutoolFailure.TimedOut(_options.EffectiveTimeout));
    }
}
