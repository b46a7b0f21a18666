using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Readers.Xlsx;

/// <summary>
/// Reads Excel .xlsx/.xlsm workbooks: every visible worksheet is a table source. Cells read as Excel
/// displays them (number formats applied, formulas from their cached values), with the formatting
/// that carries meaning in scorecards: bold, font colours and fills for RAG, merges for header spans.
/// </summary>
public sealed class XlsxReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx", ".xlsm"];

    public DocumentContent Read(DocumentSource source, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);

        // The zip reader needs to seek, and the checks below rewind to 0.
        using var copy = content.CanSeek && content.Position == 0 ? null : Buffer(content, cancellationToken);
        var stream = copy ?? content;
        XlsxPackageGuard.Check(stream, cancellationToken);

        try
        {
            // The SDK only opens the package and resolves parts; PartXml reads them, with its own
            // size limit for a part that inflates beyond what its zip entry declared.
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new DocumentException(XlsxPackageGuard.NoWorkbook);
            return new WorkbookContentReader(document, workbook, cancellationToken).Read(source);
        }
        catch (Exception e) when (e is not (DocumentException or OperationCanceledException))
        {
            // Whatever the packaging or XML layer throws, the user gets one line and the run goes on.
            throw new DocumentException(e is XmlException xml ? Ingest.Readers.Packages.PartXmlFailure.Describe(xml, "Excel workbook") : XlsxPackageGuard.Damaged, e);
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
