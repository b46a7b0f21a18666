namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Reads the drawn content of a PDF page by page: one PDF engine (PdfPig in process, MuPDF's command-line
/// tool). Table finding and everything after it do not know which engine ran.
/// </summary>
public interface IPageContentSource
{
    /// <summary>The engine's name as the run summary shows it ("pdfpig", "mutool").</summary>
    string Name { get; }

    /// <summary>
    /// The pages in order, produced while the document is read: a consumer that keeps only what it
    /// needs from each page keeps memory flat on long documents.
    /// </summary>
    /// <exception cref="Ingest.Core.Pipeline.DocumentException">The file cannot be read (missing tool, encrypted, damaged, not a PDF, no text).</exception>
    IEnumerable<PageContent> Read(string path, PageSelection? pages, CancellationToken cancellationToken);
}
