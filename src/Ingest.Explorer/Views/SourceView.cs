using Ingest.Core.Tables;

namespace Ingest.Explorer.Views;

/// <summary>
/// Where one value came from: the document, page, table and row, the row's box on the page (points, origin
/// top-left) when the reader knew it, every stored field as read (raw text included), and the findings about it.
/// </summary>
public sealed record SourceView(
    long ObservationId,
    string Council,
    string Indicator,
    string IndicatorId,
    string Period,
    double Confidence,
    long DocumentId,
    string Document,
    string DocumentFormat,
    string DocumentTitle,
    bool DocumentAvailable,
    int? Page,
    int Table,
    int Row,
    BoundingBox? RowBox,
    int Revisions,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<FindingView> Findings)
{
    /// <summary>Whether the page can be drawn: a PDF on disk, with a page number.</summary>
    public bool HasPageImage => DocumentAvailable && Page is > 0 && string.Equals(DocumentFormat, "pdf", StringComparison.OrdinalIgnoreCase);
}
