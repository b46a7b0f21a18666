using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// One page after its first pass: its layout, the ruled tables found on it, and the text lines outside
/// them. Unruled tables are looked for in a second pass, once running headers and footers (which need
/// every page) are known and cannot be taken for table rows.
/// </summary>
internal sealed class PagePass(PageLayout layout, List<GridTable> tables, List<TextLine> lines)
{
    public PageLayout Layout { get; } = layout;
    public int Number => Layout.Number;
    public List<GridTable> Tables { get; } = tables;
    public List<TextLine> Lines { get; set; } = lines;
}

/// <summary>Finds the tables of one page and what text is left around them.</summary>
internal static class PageAnalyser
{
    public static PagePass FindRuled(PageContent content, TableExtractionOptions options)
    {
        var page = PageLayout.From(content, options.Area);
        var tables = new List<GridTable>();
        var lines = page.Lines.ToList();
        if (options.Mode != ExtractionMode.Stream)
        {
            foreach (var table in LatticeFinder.Find(page))
            {
                // One column is a box, not a table: a frame drawn round the page or a text box. Taken as
                // a table it would swallow the page's text and the tables inside it as rows of one cell.
                if (table.ColumnCount < 2) continue;
                var remaining = AssignWords(table, lines);
                if (table.Cells.Count(c => !c.IsEmpty) < 2 || table.Cells.Count < 2) continue;
                AssignFills(table, page.Fills);
                tables.Add(table);
                lines = remaining;
            }
        }
        // Tables ruled only between rows are found with the ruled ones, before running headers are
        // looked for: a table header repeated on every page is not a page header.
        if (options.Mode == ExtractionMode.Auto)
        {
            var (byRules, rest) = RuledRowsFinder.Find(page, lines, tables);
            tables.AddRange(byRules);
            lines = rest;
        }
        return new PagePass(page, tables, lines);
    }

    /// <summary>The second pass: unruled tables among the body lines (headers and footers already removed).</summary>
    public static void FindUnruled(PagePass page, TableExtractionOptions options)
    {
        if (options.Mode != ExtractionMode.Lattice)
        {
            var (found, remaining) = StreamFinder.Find(page.Layout, page.Lines, page.Tables);
            page.Tables.AddRange(found);
            page.Lines = remaining;
        }
        page.Tables.Sort((a, b) => a.Box.Top.CompareTo(b.Box.Top));
    }

    /// <summary>
    /// Puts every word whose centre lies in a cell of the table into that cell and returns the lines
    /// with what is left; the caller keeps those lines only when it keeps the table.
    /// </summary>
    public static List<TextLine> AssignWords(GridTable table, List<TextLine> lines)
    {
        var remaining = new List<TextLine>(lines.Count);
        var box = table.Box;
        var assigned = new List<(GridCell Cell, Word Word)>();
        foreach (var line in lines)
        {
            if (line.Box.Bottom < box.Top || line.Box.Top > box.Bottom || line.Box.Right < box.Left || line.Box.Left > box.Right)
            {
                remaining.Add(line);
                continue;
            }
            var left = new List<Word>();
            foreach (var word in line.Words)
            {
                var cell = table.CellAt(word.CentreX, word.CentreY);
                if (cell is null) left.Add(word);
                else assigned.Add((cell, word));
            }
            if (left.Count == line.Words.Count) remaining.Add(line);
            else if (left.Count > 0) remaining.Add(line with { Words = left, Box = left.Select(w => w.Box).Aggregate((a, b) => a.Union(b)) });
        }
        KeepTurnedLabelsTogether(table, assigned);
        foreach (var (cell, word) in assigned) cell.Words.Add(word);
        return remaining;
    }

    /// <summary>
    /// A turned label too long for its cell (a sub-committee name down a short row) runs over the
    /// cell's side: its last line lands across the border in the next column. A turned word that
    /// crosses its cell's side, next to turned text of the same direction in the neighbouring cell
    /// of its row (within a line's spacing), belongs to that cell.
    /// </summary>
    private static void KeepTurnedLabelsTogether(GridTable table, List<(GridCell Cell, Word Word)> assigned)
    {
        for (var i = 0; i < assigned.Count; i++)
        {
            var (cell, word) = assigned[i];
            if (word.Angle is not (90 or 270)) continue;
            var crossesLeft = word.Box.Left < cell.Box.Left - 0.5;
            var crossesRight = word.Box.Right > cell.Box.Right + 0.5;
            if (crossesLeft == crossesRight) continue;
            var neighbour = table.CellAt(crossesLeft ? cell.Box.Left - 1 : cell.Box.Right + 1, word.CentreY);
            if (neighbour is null || ReferenceEquals(neighbour, cell)) continue;
            var spacing = 1.6 * word.Size;
            var continues = assigned.Any(a => ReferenceEquals(a.Cell, neighbour) && a.Word.Angle == word.Angle
                                              && Math.Abs(a.Word.Baseline - word.Baseline) <= spacing
                                              && a.Word.Box.Top < word.Box.Bottom && a.Word.Box.Bottom > word.Box.Top);
            if (continues) assigned[i] = (neighbour, word);
        }
    }

    /// <summary>
    /// A cell's fill is the coloured rectangle covering most of it (at least half); white is the page,
    /// not a fill. Among equal covers the one painted last shows.
    /// </summary>
    public static void AssignFills(GridTable table, IReadOnlyList<FrameFill> fills)
    {
        var candidates = fills
            .Where(f => f.Colour is not null and not "FFFFFF" && Overlap(f.Box, table.Box) > 0)
            .ToArray();
        if (candidates.Length == 0) return;
        foreach (var cell in table.Cells)
        {
            var area = Math.Max(cell.Box.Width * cell.Box.Height, 0.01);
            FrameFill? best = null;
            var bestOverlap = 0.0;
            foreach (var fill in candidates)
            {
                var overlap = Overlap(fill.Box, cell.Box);
                if (overlap < 0.5 * area) continue;
                if (best is null || overlap > bestOverlap + 0.01 * area || (Math.Abs(overlap - bestOverlap) <= 0.01 * area && fill.Order > best.Value.Order))
                {
                    best = fill;
                    bestOverlap = overlap;
                }
            }
            cell.Fill = best?.Colour;
        }
    }

    private static double Overlap(BoundingBox a, BoundingBox b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        return width <= 0 || height <= 0 ? 0 : width * height;
    }
}
