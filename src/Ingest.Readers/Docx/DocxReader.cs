using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Readers.Docx;

/// <summary>
/// Reads Word .docx files: body tables in reading order (nested ones numbered after their parent),
/// the text around them, and the formatting that carries meaning in scorecards (bold section rows,
/// cell fills and font colours for RAG, symbol-font arrows for polarity and trend).
/// </summary>
public sealed class DocxReader(SymbolFontMap symbolFonts) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm"];

    public DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);

        // The zip reader needs to seek, and the checks below rewind to 0.
        using var copy = content.CanSeek && content.Position == 0 ? null : Buffer(content, cancellationToken);
        var stream = copy ?? content;
        DocxPackageGuard.Check(stream, cancellationToken);

        try
        {
            // The SDK only opens the package and resolves parts; PartXml reads them, with its own
            // size limit for a part that inflates beyond what its zip entry declared.
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart ?? throw new DocumentException(DocxPackageGuard.NoMainDocument);
            return new DocxContentReader(document, main, symbolFonts, cancellationToken).Read(source);
        }
        catch (Exception e) when (e is not (DocumentException or OperationCanceledException))
        {
            // Whatever the packaging or XML layer throws, the user gets one line and the run goes on.
            throw new DocumentException(
                e is XmlException xml ? Packages.PartXmlFailure.Describe(xml, "Word document") : DocxPackageGuard.Damaged, e);
        }
    }

    private static MemoryStream Buffer(Stream content, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return copy;
    }
}
