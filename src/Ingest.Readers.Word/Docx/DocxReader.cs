using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Readers.Packages;

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
        // The SDK only opens the package and resolves parts; PartXml reads them, with its own size limit
        // for a part that inflates beyond what its zip entry declared.
        return OfficePackageOpening.Read(content, DocxPackageGuard.Check, stream =>
        {
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart ?? throw new DocumentException(DocxPackageGuard.NoMainDocument);
            return new DocxContentReader(document, main, symbolFonts, cancellationToken).Read(source);
        }, "Word document", DocxPackageGuard.Damaged, cancellationToken);
    }
}
