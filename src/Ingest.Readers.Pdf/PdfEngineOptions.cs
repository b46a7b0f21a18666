using Ingest.Readers.Pdf.Mutool;

namespace Ingest.Readers.Pdf;

/// <summary>Which engine reads digital PDFs, and when it gives way to MuPDF.</summary>
/// <param name="Engine">The engine tried first.</param>
/// <param name="FallBackToMutool">
/// A file PdfPig cannot read, or that goes over its guards, is read again with mutool when mutool is
/// installed: MuPDF repairs damage PdfPig does not, and streams a huge file where PdfPig holds it.
/// </param>
/// <param name="Timeout">How long PdfPig may take over one document before it gives way (default 120 s).</param>
/// <param name="MaxHeapBytes">Managed heap above which PdfPig gives way (default 2 GiB).</param>
public sealed record PdfEngineOptions(
    PdfEngine Engine = PdfEngine.PdfPig,
    MutoolOptions? Mutool = null,
    bool FallBackToMutool = true,
    TimeSpan? Timeout = null,
    long MaxHeapBytes = 2L << 30)
{
    /// <summary>Names the engine for a whole run (pdfpig or mutool); <c>--pdf-engine</c> sets it.</summary>
    public const string EngineVariable = "INGEST_PDF_ENGINE";

    public static readonly PdfEngineOptions Default = new();

    public TimeSpan EffectiveTimeout => Timeout is { } t && t > TimeSpan.Zero ? t : MutoolOptions.DefaultTimeout;

    /// <summary>The engine from <see cref="EngineVariable"/> (PdfPig when unset) and mutool's own settings.</summary>
    /// <exception cref="ArgumentException">The variable names no engine.</exception>
    public static PdfEngineOptions FromEnvironment() =>
        new(ParseEngine(Environment.GetEnvironmentVariable(EngineVariable)), MutoolOptions.FromEnvironment());

    /// <exception cref="ArgumentException">The text names no engine.</exception>
    public static PdfEngine ParseEngine(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "pdfpig" => PdfEngine.PdfPig,
        "mutool" or "mupdf" => PdfEngine.Mutool,
        _ => throw new ArgumentException($"unknown PDF engine '{text}': use pdfpig or mutool"),
    };
}
