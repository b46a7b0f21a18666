using Ingest.Core.Pipeline;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// An engine could not read a file that another engine may read: its parser gave up on damage it does
/// not repair, or the file went over the engine's time or memory guard. The reader then tries the next
/// engine, if there is one; if not, this is the document's one-line reason.
/// </summary>
public sealed class PdfEngineFailure : DocumentException
{
    public PdfEngineFailure(string engine, string message) : base(message) => Engine = engine;
    public PdfEngineFailure(string engine, string message, Exception inner) : base(message, inner) => Engine = engine;

    /// <summary>The engine that gave up ("pdfpig", "mutool").</summary>
    public string Engine { get; }
}
