using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Text;

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

        var rules = options.Layout ?? Finders.PdfLayoutRules.Defaults;
        var furniture = PageFurniture.Find(passes.Select(p => (p.Number, p.Layout.Frame.Height, (IReadOnlyList<Text.TextLine>)p.Lines)).ToList(), rules.PageFurniture);
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
            if (openTable is not null && openTablePage == pass.Number - 1)
            {
                TakeRowTails(openTable, pass, rules.PageBreaks);
                TakeSectionRows(openTable, pass, rules.PageBreaks);
                TakeLastRows(openTable, pass, rules.CellFills, rules.PageBreaks);
            }
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
                if (i == 0 && openTable is not null && openTablePage == pass.Number - 1 && TableContinuation.AlignColumns(openTable, table!, rules.PageBreaks))
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
    private static void TakeRowTails(GridTable open, PagePass pass, Finders.PageBreakOptions breaks)
    {
        if (pass.Tables.Count == 0) return;
        // A bold line there is a section heading or a repeated header, not the end of a cut row.
        var next = pass.Tables.MinBy(t => t.Box.Top)!;
        if (!TableContinuation.SameColumns(open, next, breaks)) return;
        var above = pass.Lines.Where(l => l.Box.Bottom <= next.Box.Top + 1).OrderBy(l => l.Box.Top).ToList();
        if (above.Count == 0 || above.Count > breaks.RowTailLines || above.Any(l => l.Words.Any(w => w.Bold))) return;
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

    /// <summary>
    /// A section heading the continuation of a table starts with: a bold line or two at the top of the page, in the
    /// table's first column, right above the rows that go on with the table that ended the page before. An unruled
    /// table's finder starts at its first row of figures, so the heading stood above it as a paragraph and the table
    /// did not continue (seed 2121's Antrim and Newtownabbey lost its second page, 18 rows). The lines become the
    /// continuation's first rows, as its section rows on the page before are rows.
    /// </summary>
    private static void TakeSectionRows(GridTable open, PagePass pass, Finders.PageBreakOptions breaks)
    {
        if (pass.Tables.Count == 0) return;
        var next = pass.Tables.MinBy(t => t.Box.Top)!;
        if (next.Ruled || !TableContinuation.SameColumns(open, next, breaks)) return;
        var above = pass.Lines.Where(l => l.Box.Bottom <= next.Box.Top + 1).OrderBy(l => l.Box.Top).ToList();
        if (above.Count == 0 || above.Count > breaks.RowTailLines || !above.All(l => l.Words.All(w => w.Bold))) return;
        if (next.Box.Top - above[^1].Box.Bottom > 1.5 * above[^1].Size) return;
        var edges = next.ColumnEdges;
        if (above.Any(l => l.Angle != 0 || l.Box.Left < edges[0] - 2 || l.Box.Left >= edges[1] || l.Box.Right > edges[^1] + 2)) return;

        foreach (var cell in next.Cells) cell.Row += above.Count;
        for (var r = 0; r < above.Count; r++)
        {
            var line = above[r];
            for (var c = 0; c < edges.Count - 1; c++)
            {
                var cell = new GridCell(r, c, 1, 1, new BoundingBox(edges[c], line.Box.Top, edges[c + 1], line.Box.Bottom), next.Page);
                if (c == 0) cell.Words.AddRange(line.Words);
                next.Cells.Add(cell);
            }
        }
        next.RowCount += above.Count;
        next.RowEdges = [.. above.Select(l => l.Box.Top), .. next.RowEdges];
        next.Box = new BoundingBox(next.Box.Left, above[0].Box.Top, next.Box.Right, next.Box.Bottom);
        pass.Lines = pass.Lines.Except(above).ToList();
    }

    /// <summary>
    /// The last row or two of an unruled table, printed alone at the top of the next page: too few lines to be
    /// found as a table there, they are rows of the table that ended the page before when their words fall into
    /// its columns, at least three of them, with no word across a column edge.
    /// </summary>
    private static void TakeLastRows(GridTable open, PagePass pass, Finders.CellFillOptions fills, Finders.PageBreakOptions breaks)
    {
        if (open.Ruled) return;
        var firstTable = pass.Tables.Count > 0 ? pass.Tables.Min(t => t.Box.Top) : double.MaxValue;
        var edges = open.ColumnEdges;
        var taken = new List<(TextLine Line, List<Word>?[] Columns)>();
        var lastBottom = 0.0;
        foreach (var line in pass.Lines.Where(l => l.Angle == 0 && l.Box.Bottom <= firstTable).OrderBy(l => l.Box.Top))
        {
            // The last column reaches as far as its text: an unruled table's right side is only where it ended.
            if (line.Words.All(w => w.Bold) || line.Box.Left < edges[0] - 5) break;
            var columns = new List<Word>?[edges.Count - 1];
            var crosses = false;
            foreach (var word in line.Words)
            {
                var c = Math.Clamp(Enumerable.Range(0, edges.Count - 1).LastOrDefault(i => edges[i] <= word.CentreX), 0, edges.Count - 2);
                crosses |= word.Box.Left < edges[c] - 2 && c > 0 || word.Box.Right > edges[c + 1] + 2 && c < edges.Count - 2;
                (columns[c] ??= []).Add(word);
            }
            if (crosses) break;
            // A wrapped line of the row just taken ("Family Hub outreach offer" under "Number of families supported
            // by the"): text in fewer of its columns, and no figure under a figure.
            if (taken.Count > 0 && line.Box.Top - lastBottom <= 1.5 * line.Size && Wraps(taken[^1].Columns, columns))
            {
                for (var c = 0; c < columns.Length; c++)
                    if (columns[c] is { } more) taken[^1].Columns[c]!.AddRange(more);
                lastBottom = line.Box.Bottom;
                continue;
            }
            if (taken.Count == breaks.LastRows || columns.Count(c => c is not null) < 3) break;
            taken.Add((line, columns));
            lastBottom = line.Box.Bottom;
        }
        if (taken.Count == 0) return;
        var rows = new GridTable(pass.Number, pass.Layout.Frame,
            new BoundingBox(edges[0], taken[0].Line.Box.Top - 1, edges[^1], taken[^1].Line.Box.Bottom + 1), edges, ruled: false);
        foreach (var ((line, columns), r) in taken.Select((t, r) => (t, r)))
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = new GridCell(open.RowCount + r, c, 1, 1, new BoundingBox(edges[c], line.Box.Top - 1, edges[c + 1], line.Box.Bottom + 1), pass.Number);
                if (columns[c] is { } words) cell.Words.AddRange(words);
                rows.Cells.Add(cell);
            }
        Finders.GridFills.Assign(rows, pass.Layout.Fills, fills);
        open.Cells.AddRange(rows.Cells);
        open.RowCount += taken.Count;
        open.ContinuationFrames[pass.Number] = pass.Layout.Frame;
        var used = taken.SelectMany(t => t.Columns.Where(c => c is not null).SelectMany(c => c!)).ToHashSet();
        pass.Lines = pass.Lines.Where(l => !l.Words.All(used.Contains)).ToList();
    }

    private static bool Wraps(List<Word>?[] row, List<Word>?[] line)
    {
        var (rowColumns, lineColumns) = (row.Count(c => c is not null), line.Count(c => c is not null));
        return lineColumns < rowColumns && Enumerable.Range(0, line.Length).All(c => line[c] is null
            || row[c] is { } above && !(Finders.Chunk.NumberLike(WordJoiner.Join(line[c]!)) && Finders.Chunk.NumberLike(WordJoiner.Join(above))));
    }

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
