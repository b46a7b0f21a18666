using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Ruled tables: groups of ruling lines that cross each other. Column and row boundaries are the
/// distinct positions of the vertical and horizontal lines; a boundary missing between two grid
/// places (a merged cell) joins them into one cell with a span.
/// </summary>
internal sealed class LatticeFinder(LatticeOptions options) : ITableFinder
{
    public TableFinderStage Stage => TableFinderStage.BeforeRunningText;

    public TableFinding Find(PageLayout page, List<TextLine> lines, IReadOnlyList<GridTable> found)
    {
        var segments = page.Segments.Where(s => s.Length >= 3 && !IsInvisible(s, page)).ToList();
        var tables = new List<GridTable>();
        foreach (var group in ConnectedGroups(segments))
        {
            var table = Build(page, group);
            // One column is a box, not a table: a frame drawn round the page or a text box. Taken as
            // a table it would swallow the page's text and the tables inside it as rows of one cell.
            if (table is null || table.ColumnCount < 2) continue;
            var remaining = GridWords.Assign(table, lines);
            if (table.Cells.Count(c => !c.IsEmpty) < 2 || table.Cells.Count < 2) continue;
            tables.Add(table);
            lines = remaining;
        }
        return new TableFinding(tables, lines);
    }

    /// <summary>A white line on the white page separates nothing the reader can see, unless it crosses a fill.</summary>
    private bool IsInvisible(Segment segment, PageLayout page)
    {
        if (segment.Colour is not "FFFFFF") return false;
        var (x, y) = segment.Horizontal ? ((segment.Start + segment.End) / 2, segment.Position) : (segment.Position, (segment.Start + segment.End) / 2);
        return !page.Fills.Any(f => f.Colour is not null and not "FFFFFF"
                                     && x >= f.Box.Left - options.Reach && x <= f.Box.Right + options.Reach
                                     && y >= f.Box.Top - options.Reach && y <= f.Box.Bottom + options.Reach);
    }

    /// <summary>Segments joined by crossings, found with a sorted sweep and union-find.</summary>
    private IEnumerable<List<Segment>> ConnectedGroups(List<Segment> segments)
    {
        var horizontal = segments.Where(s => s.Horizontal).OrderBy(s => s.Position).ToArray();
        var vertical = segments.Where(s => !s.Horizontal).ToArray();
        var parent = Enumerable.Range(0, horizontal.Length + vertical.Length).ToArray();

        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        var positions = horizontal.Select(h => h.Position).ToArray();
        for (var v = 0; v < vertical.Length; v++)
        {
            var line = vertical[v];
            var first = LowerBound(positions, line.Start - options.Reach);
            for (var h = first; h < horizontal.Length && positions[h] <= line.End + options.Reach; h++)
            {
                var across = horizontal[h];
                if (line.Position >= across.Start - options.Reach && line.Position <= across.End + options.Reach)
                    parent[Find(horizontal.Length + v)] = Find(h);
            }
        }

        return Enumerable.Range(0, parent.Length)
            .GroupBy(Find)
            .Select(g => g.Select(i => i < horizontal.Length ? horizontal[i] : vertical[i - horizontal.Length]).ToList())
            .Where(g => g.Any(s => s.Horizontal) && g.Any(s => !s.Horizontal));
    }

    private GridTable? Build(PageLayout page, List<Segment> group)
    {
        var horizontal = group.Where(s => s.Horizontal).ToList();
        var vertical = group.Where(s => !s.Horizontal).ToList();
        var box = new BoundingBox(
            Math.Min(horizontal.Min(s => s.Start), vertical.Min(s => s.Position)),
            Math.Min(vertical.Min(s => s.Start), horizontal.Min(s => s.Position)),
            Math.Max(horizontal.Max(s => s.End), vertical.Max(s => s.Position)),
            Math.Max(vertical.Max(s => s.End), horizontal.Max(s => s.Position)));
        // The outer edges count as boundaries even where a table has no outer border.
        var xs = Boundaries(vertical.Select(s => s.Position).Append(box.Left).Append(box.Right));
        var ys = Boundaries(horizontal.Select(s => s.Position).Append(box.Top).Append(box.Bottom));
        if (xs.Count < 2 || ys.Count < 2) return null;
        int rows = ys.Count - 1, columns = xs.Count - 1;
        // A mesh of lines this fine is a chart or a drawing, not a table.
        if (rows * columns > options.MaxGridPlaces) return null;
        var onRow = ByBoundary(horizontal, ys);
        var onColumn = ByBoundary(vertical, xs);

        // hasBelow[r, c]: a line under grid place (r, c); hasRight[r, c]: a line right of it.
        var hasBelow = new bool[rows, columns];
        var hasRight = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
        {
            hasBelow[r, c] = r == rows - 1 || Covered(onRow[r + 1], xs[c], xs[c + 1]);
            hasRight[r, c] = c == columns - 1 || Covered(onColumn[c + 1], ys[r], ys[r + 1]);
        }

        var table = new GridTable(page.Number, page.Frame, box, xs, ruled: true) { RowCount = rows, RowEdges = ys };
        var taken = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
        {
            if (taken[r, c]) continue;
            var right = c;
            while (!hasRight[r, right] && right + 1 < columns && !taken[r, right + 1]) right++;
            var bottom = r;
            while (bottom + 1 < rows && Enumerable.Range(c, right - c + 1).All(cc => !hasBelow[bottom, cc] && !taken[bottom + 1, cc]))
                bottom++;
            for (var rr = r; rr <= bottom; rr++)
            for (var cc = c; cc <= right; cc++)
                taken[rr, cc] = true;
            table.Cells.Add(new GridCell(r, c, bottom - r + 1, right - c + 1,
                new BoundingBox(xs[c], ys[r], xs[right + 1], ys[bottom + 1]), page.Number));
        }
        return table;
    }

    /// <summary>The lines lying on each boundary, so a boundary's coverage is read from its own few lines.</summary>
    private List<Segment>[] ByBoundary(List<Segment> lines, List<double> boundaries)
    {
        var on = new List<Segment>[boundaries.Count];
        for (var i = 0; i < on.Length; i++) on[i] = [];
        foreach (var line in lines)
        {
            var nearest = Nearest(boundaries, line.Position);
            if (Math.Abs(boundaries[nearest] - line.Position) <= options.SameBoundary) on[nearest].Add(line);
        }
        return on;
    }

    private int Nearest(List<double> sorted, double value)
    {
        var index = sorted.BinarySearch(value);
        if (index >= 0) return index;
        index = ~index;
        if (index == 0) return 0;
        if (index == sorted.Count) return sorted.Count - 1;
        return value - sorted[index - 1] <= sorted[index] - value ? index - 1 : index;
    }

    /// <summary>The lines of one boundary cover most of the stretch from..to.</summary>
    private bool Covered(List<Segment> lines, double from, double to)
    {
        var covered = 0.0;
        foreach (var line in lines) covered += Math.Max(0, Math.Min(line.End, to) - Math.Max(line.Start, from));
        return covered >= 0.6 * (to - from);
    }

    private List<double> Boundaries(IEnumerable<double> positions)
    {
        var sorted = positions.Order().ToArray();
        var result = new List<double>();
        var start = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i < sorted.Length && sorted[i] - sorted[i - 1] <= options.SameBoundary) continue;
            result.Add(sorted[start..i].Average());
            start = i;
        }
        return result;
    }

    private int LowerBound(double[] values, double target)
    {
        int low = 0, high = values.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (values[mid] < target) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
