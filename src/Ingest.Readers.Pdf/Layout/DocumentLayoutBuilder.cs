using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>A document's tables (reading order, 1-based) and its text outside them.</summary>
internal sealed record DocumentLayout(IReadOnlyList<Table> Tables, IReadOnlyList<string> Paragraphs, int PageCount);

/// <summary>
/// Reads a document's pages into tables and paragraphs. Pages are taken one at a time from the
/// source and reduced to their lines and tables at once, so glyphs never pile up; running headers and
/// footers, unruled tables and tables continuing over pages are settled once every page is known.
/// </summary>
internal static class DocumentLayoutBuilder
{
    public static DocumentLayout Build(IEnumerable<PageContent> pages, TableExtractionOptions options, CancellationToken cancellationToken)
    {
        var passes = new List<PagePass>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            passes.Add(PageAnalyser.FindBeforeRunningText(page, options));
        }

        var furniture = PageFurniture.Find(passes.Select(p => (p.Number, p.Layout.Frame.Height, (IReadOnlyList<Text.TextLine>)p.Lines)).ToList());
        foreach (var pass in passes)
        {
            pass.Lines = pass.Lines.Where(l => !furniture.Contains(l)).ToList();
            PageAnalyser.FindAfterRunningText(pass, options);
        }

        var paragraphs = new List<string>(furniture.Texts);
        var tables = new List<(GridTable Grid, IReadOnlyList<string> Context)>();
        var context = new ContextWindow();
        GridTable? openTable = null;
        var openTablePage = 0;
        foreach (var pass in passes)
        {
            if (openTable is not null && openTablePage == pass.Number - 1) TakeRowTails(openTable, pass);
            var items = pass.Tables.Select(t => (Top: t.Box.Top, Table: (GridTable?)t, Paragraph: (Paragraph?)null))
                .Concat(ParagraphBuilder.Build(pass.Lines).Select(p => (Top: p.Box.Top, Table: (GridTable?)null, Paragraph: (Paragraph?)p)))
                .OrderBy(i => i.Top)
                .ToList();
            // Footnotes under a table (smaller than the page's body text) do not end it: it may go on overleaf.
            var bodySize = MedianSize(pass.Layout.Lines);
            var lastIsTable = false;
            for (var i = 0; i < items.Count; i++)
            {
                var (_, table, paragraph) = items[i];
                if (paragraph is not null)
                {
                    paragraphs.Add(paragraph.Text);
                    context.Add(paragraph.Text);
                    if (!(lastIsTable && IsFootnote(paragraph, bodySize)))
                    {
                        openTable = null;
                        lastIsTable = false;
                    }
                    continue;
                }
                // A table first on its page continues the table that ended the page before, if the columns agree.
                if (i == 0 && openTable is not null && openTablePage == pass.Number - 1 && TableContinuation.SameColumns(openTable, table!))
                    TableContinuation.Append(openTable, table!);
                else
                {
                    tables.Add((table!, context.Take()));
                    openTable = table;
                }
                lastIsTable = true;
            }
            openTablePage = pass.Number;
            if (!lastIsTable) openTable = null;
        }

        var converted = tables.Select((t, i) => TableConverter.ToTable(t.Grid, i + 1, t.Context)).ToList();
        return new DocumentLayout(converted, paragraphs, passes.Count);
    }

    /// <summary>
    /// The rest of a row a page break cut: a line or two at the top of the page, each within one column of
    /// the table that ended the page before and that goes on right under them. In an unruled table a wrapped
    /// name's last line ("with the efficiency of the service") is one chunk, no row of its own, and would
    /// otherwise stand between the two parts as a paragraph, so that the table did not continue. The lines
    /// join the last row's cells in their columns.
    /// </summary>
    private static void TakeRowTails(GridTable open, PagePass pass)
    {
        if (pass.Tables.Count == 0) return;
        // A bold line there is a section heading or a repeated header, not the end of a cut row.
        var next = pass.Tables.MinBy(t => t.Box.Top)!;
        if (!TableContinuation.SameColumns(open, next)) return;
        var above = pass.Lines.Where(l => l.Box.Bottom <= next.Box.Top + 1).OrderBy(l => l.Box.Top).ToList();
        if (above.Count is 0 or > MaxRowTailLines || above.Any(l => l.Words.Any(w => w.Bold))) return;
        if (next.Box.Top - above[^1].Box.Bottom > 1.5 * above[^1].Size) return;
        var edges = next.ColumnEdges;
        var columns = above.Select(l => Enumerable.Range(0, edges.Count - 1)
                .Where(c => l.Box.Left >= edges[c] - 2 && l.Box.Right <= edges[c + 1] + 2).Cast<int?>().FirstOrDefault())
            .ToList();
        if (columns.Any(c => c is null)) return;
        var lastRow = open.RowCount - 1;
        for (var i = 0; i < above.Count; i++)
        {
            var cell = open.Cells.FirstOrDefault(c => c.Row <= lastRow && c.Row + c.RowSpan > lastRow
                                                     && c.Column <= columns[i] && c.Column + c.ColumnSpan > columns[i]);
            if (cell is null) return;
            cell.Continuations.Add([.. above[i].Words]);
        }
        pass.Lines = pass.Lines.Except(above).ToList();
    }

    /// <summary>More lines than this at a page's top are text of their own, not the end of a cut row.</summary>
    private const int MaxRowTailLines = 3;

    /// <summary>
    /// Smaller than the body text, or opened by a footnote mark: a scan's sizes are only estimates from
    /// word boxes, but its "* Cumulative: ..." under a table is as plainly a footnote as in a text layer.
    /// </summary>
    private static bool IsFootnote(Paragraph paragraph, double bodySize) =>
        paragraph.Size < 0.9 * bodySize || paragraph.Text.TrimStart() is [ '*' or '†' or '‡' or '§' or '¹' or '²' or '³', ..];

    private static double MedianSize(IReadOnlyList<Text.TextLine> lines)
    {
        if (lines.Count == 0) return 0;
        var sizes = lines.Select(l => l.Size).Order().ToArray();
        return sizes[sizes.Length / 2];
    }
}
