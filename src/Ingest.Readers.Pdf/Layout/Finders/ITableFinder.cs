using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// One way of finding tables on a page (ruling lines, rules between rows, aligned text). Finders run
/// in order (<see cref="TableFinders"/>); each sees only the lines the earlier ones left outside tables,
/// and the tables they found, so it does not find the same table twice.
/// </summary>
internal interface ITableFinder
{
    /// <summary>Whether it runs before running headers and footers are known, or after.</summary>
    TableFinderStage Stage { get; }

    /// <param name="lines">The page's text lines not yet in a table.</param>
    /// <param name="found">Tables already found on the page by earlier finders.</param>
    TableFinding Find(PageLayout page, List<TextLine> lines, IReadOnlyList<GridTable> found);
}
