namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Reads the drawn content of a PDF page by page. Behind an interface so that the MuPDF command-line
/// tool can be replaced by a managed PDF library without touching table finding.
/// </summary>
public interface IPageContentSource
{
    /// <summary>
    /// The pages in order, produced while the document is read: a consumer that keeps only what it
    /// needs from each page keeps memory flat on long documents.
    /// </summary>
    /// <exception cref="Ingest.Core.Pipeline.DocumentException">The file cannot be read (missing tool, encrypted, damaged, not a PDF, no text).</exception>
    IEnumerable<PageContent> Read(string path, PageSelection? pages, CancellationToken cancellationToken);
}
