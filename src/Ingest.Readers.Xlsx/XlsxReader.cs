using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Readers.Packages;

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
        // The SDK only opens the package and resolves parts; PartXml reads them, with its own size limit
        // for a part that inflates beyond what its zip entry declared.
        return OfficePackageOpening.Read(content, XlsxPackageGuard.Check, stream =>
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new DocumentException(XlsxPackageGuard.NoWorkbook);
            return new WorkbookContentReader(document, workbook, cancellationToken).Read(source);
        }, "Excel workbook", XlsxPackageGuard.Damaged, cancellationToken);
    }
}
