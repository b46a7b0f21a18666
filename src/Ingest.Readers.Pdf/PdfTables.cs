using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Layout;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf;

/// <summary>
/// Any table of a PDF, scorecard or not, for <c>ingest tables</c> (tabula's shape: pages, area, mode).
/// A cell spanning columns is the origin cell of its span (<see cref="Table.OriginAt"/>), so writers put
/// its text in its first column.
/// </summary>
public static class PdfTables
{
    /// <exception cref="Ingest.Core.Pipeline.DocumentException">The file cannot be read.</exception>
    public static IReadOnlyList<Table> Extract(string path, TableExtractionOptions options, CancellationToken cancellationToken = default) =>
        Extract(path, options, symbolFonts: null, cancellationToken);

    /// <param name="symbolFonts">Symbol-font glyph meanings, so Wingdings arrows and bullets read as such.</param>
    public static IReadOnlyList<Table> Extract(string path, TableExtractionOptions options, ISymbolFonts? symbolFonts,
        CancellationToken cancellationToken = default) =>
        Extract(new PdfReader(PdfEngines.Create(PdfEngineOptions.Default, symbolFonts), ocr: OcrOptions.Disabled), path, options, cancellationToken);

    /// <summary>Through a configured reader: scanned pages are OCR'd as they are for extraction.</summary>
    public static IReadOnlyList<Table> Extract(PdfReader reader, string path, TableExtractionOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.ReadLayout(path, options, cancellationToken).Tables;
    }

    public static IReadOnlyList<Table> Extract(IPageContentSource source, string path, TableExtractionOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return DocumentLayoutBuilder.Build(source.Read(path, options.Pages, cancellationToken), options, cancellationToken).Tables;
    }
}
