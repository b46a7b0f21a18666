using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Mutool;
using Ingest.Readers.Pdf.PdfPig;

namespace Ingest.Readers.Pdf;

/// <summary>The engines a reader tries, in order, from the options.</summary>
public static class PdfEngines
{
    public static IReadOnlyList<IPageContentSource> Create(PdfEngineOptions options, ISymbolFonts? symbolFonts = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var mutoolOptions = options.Mutool ?? new MutoolOptions();
        var mutool = new MutoolTraceSource(mutoolOptions, symbolFonts);
        if (options.Engine == PdfEngine.Mutool) return [mutool];
        var pdfPig = new GuardedPageSource(new PdfPigPageSource(symbolFonts), options.EffectiveTimeout, options.MaxHeapBytes);
        // Without mutool there is nothing to fall back to, and the engine's own reason stands.
        return options.FallBackToMutool && ExternalTool.IsInstalled(mutoolOptions.Executable) ? [pdfPig, mutool] : [pdfPig];
    }
}
