using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Unruled tables: runs of consecutive lines whose words fall into the same columns. A line is cut
/// into chunks where its words are far apart; columns are the stretches of the page that chunks of
/// many lines cover, with empty gutters between them. Rows come from horizontal rules across the
/// block when it has them (tables ruled only between rows), else from the lines, a line that only
/// continues the text of some cells of the row above (a wrapped cell) joining that row. Bold lines
/// at the top are the header and are joined into one row.
/// </summary>
internal sealed class StreamFinder(StreamOptions options) : ITableFinder
{
    public TableFinderStage Stage => TableFinderStage.AfterRunningText;

    public TableFinding Find(PageLayout page, List<TextLine> lines, IReadOnlyList<GridTable> found)
    {
        var ruled = found;
        var upright = lines.Where(l => l.Angle == 0).OrderBy(l => l.Baseline).ThenBy(l => l.Box.Left).ToList();
        var chunked = AlignedColumns.Split(upright.Select(l => new ChunkedLine(l, Chunks(l))).ToList(), options);
        var tables = new List<GridTable>();
        var used = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);

        var i = 0;
        while (i < chunked.Count)
        {
            if (!chunked[i].IsTabular)
            {
                i++;
                continue;
            }
            var block = GrowBlock(chunked, i, ruled);
            var table = block.Count(l => l.IsTabular) >= options.MinimumRows ? Build(page, block) : null;
            if (table is null)
            {
                i++;
                continue;
            }
            tables.Add(table);
            foreach (var line in block) used.Add(line.Line);
            i += block.Count;
        }
        return new TableFinding(tables, lines.Where(l => !used.Contains(l)).ToList());
    }

    /// <summary>A line's words grouped where the gap between neighbours is wide.</summary>
    private List<Chunk> Chunks(TextLine line)
    {
        var chunks = new List<Chunk>();
        var current = new List<Word>();
        foreach (var word in line.Words)
        {
            if (current.Count > 0 && word.Box.Left - current[^1].Box.Right > options.ChunkGap * Math.Max(word.Size, line.Size))
            {
                chunks.Add(new Chunk(current));
                current = [];
            }
            current.Add(word);
        }
        if (current.Count > 0) chunks.Add(new Chunk(current));
        return chunks;
    }

    /// <summary>
    /// Consecutive lines from <paramref name="start"/> that belong together: tabular lines, and short
    /// lines between them (wrapped cells) that stay within the block and close to the line above.
    /// </summary>
    private List<ChunkedLine> GrowBlock(List<ChunkedLine> lines, int start, IReadOnlyList<GridTable> ruled)
    {
        var block = new List<ChunkedLine> { lines[start] };
        var left = lines[start].Line.Box.Left;
        var right = lines[start].Line.Box.Right;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var previous = block[^1].Line;
            var gap = line.Line.Box.Top - previous.Box.Bottom;
            if (gap > options.RunGap * Math.Max(line.Line.Size, previous.Size)) break;
            if (ruled.Any(t => t.Box.Top < line.Line.Box.Bottom && t.Box.Bottom > previous.Box.Top)) break;
            if (!line.IsTabular)
            {
                // A wrapped cell lies inside the block's width; a paragraph runs across it.
                var inside = line.Line.Box.Left >= left - 2 && line.Line.Box.Right <= right + 2
                             && line.Line.Box.Width < 0.6 * (right - left);
                if (!inside && !IsSectionBeforeRows(lines, i, options.RunGap)) break;
            }
            block.Add(line);
            left = Math.Min(left, line.Line.Box.Left);
            right = Math.Max(right, line.Line.Box.Right);
        }
        // Trailing short lines belong to what follows, not to the table.
        while (block.Count > 0 && !block[^1].IsTabular) block.RemoveAt(block.Count - 1);
        return block;
    }

    /// <summary>
    /// A short line followed closely by a row of the table: a section heading. It may start left of the
    /// block so far, whose extent a centred header makes narrower than the table's.
    /// </summary>
    private static bool IsSectionBeforeRows(List<ChunkedLine> lines, int index, double runGap)
    {
        if (index + 1 >= lines.Count || !lines[index + 1].IsTabular) return false;
        var (line, next) = (lines[index].Line, lines[index + 1].Line);
        return next.Box.Top - line.Box.Bottom <= runGap * Math.Max(line.Size, next.Size)
               && line.Box.Width < 0.6 * next.Box.Width && line.Box.Left >= next.Box.Left - 2;
    }

    private GridTable? Build(PageLayout page, List<ChunkedLine> block)
    {
        var columns = Columns(block);
        if (columns.Count < 2) return null;
        var edges = new List<double> { columns[0].Left };
        for (var c = 1; c < columns.Count; c++) edges.Add((columns[c - 1].Right + columns[c].Left) / 2);
        edges.Add(columns[^1].Right);

        var rows = Rows(page, block, columns);
        if (rows.Count < 2) return null;
        var top = rows[0].Top;
        var bottom = rows[^1].Bottom;
        var rowEdges = new List<double> { top };
        for (var r = 1; r < rows.Count; r++) rowEdges.Add((rows[r - 1].Bottom + rows[r].Top) / 2);
        rowEdges.Add(bottom);

        var table = new GridTable(page.Number, page.Frame, new BoundingBox(edges[0], top, edges[^1], bottom), edges, ruled: false)
        {
            RowCount = rows.Count,
            RowEdges = rowEdges,
        };
        for (var r = 0; r < rows.Count; r++)
        {
            var byColumn = new List<Word>[columns.Count];
            var spans = new int[columns.Count];
            foreach (var chunk in rows[r].Chunks)
            {
                var (first, last) = ColumnsOf(chunk, columns);
                byColumn[first] ??= [];
                byColumn[first].AddRange(chunk.Words);
                spans[first] = Math.Max(spans[first], last - first + 1);
            }
            for (var c = 0; c < columns.Count;)
            {
                // A chunk running over empty columns (a section title) spans them.
                var span = 1;
                if (spans[c] > 1)
                    while (span < spans[c] && c + span < columns.Count && byColumn[c + span] is null) span++;
                var cell = new GridCell(r, c, 1, span, new BoundingBox(edges[c], rowEdges[r], edges[c + span], rowEdges[r + 1]), page.Number);
                if (byColumn[c] is not null) cell.Words.AddRange(byColumn[c]);
                for (var k = 1; k < span; k++)
                    if (byColumn[c + k] is not null) cell.Words.AddRange(byColumn[c + k]);
                table.Cells.Add(cell);
                c += span;
            }
        }
        return table;
    }

    /// <summary>
    /// Column stretches: the x ranges covered by chunks of the block's tabular lines. A gutter is
    /// where (almost) no chunk reaches, so one overflowing cell does not merge two columns.
    /// </summary>
    private List<(double Left, double Right)> Columns(List<ChunkedLine> block)
    {
        var tabular = block.Where(l => l.IsTabular).ToList();
        var events = new List<(double X, int Delta)>();
        foreach (var line in tabular)
            foreach (var chunk in line.Chunks)
            {
                events.Add((chunk.Left, 1));
                events.Add((chunk.Right, -1));
            }
        events.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : b.Delta.CompareTo(a.Delta));
        var tolerated = tabular.Count / 10;
        var columns = new List<(double, double)>();
        var depth = 0;
        double? open = null;
        foreach (var (x, delta) in events)
        {
            depth += delta;
            if (depth > tolerated && open is null) open = x;
            else if (depth <= tolerated && open is not null)
            {
                columns.Add((open.Value, x));
                open = null;
            }
        }
        return columns;
    }

    private (int First, int Last) ColumnsOf(Chunk chunk, List<(double Left, double Right)> columns)
    {
        int first = -1, last = -1;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = Math.Min(chunk.Right, columns[c].Right) - Math.Max(chunk.Left, columns[c].Left);
            if (overlap <= 0) continue;
            if (first < 0) first = c;
            last = c;
        }
        if (first >= 0) return (first, last);
        // In a gutter: the nearest column.
        var nearest = Enumerable.Range(0, columns.Count)
            .MinBy(c => Math.Min(Math.Abs(chunk.Left - columns[c].Right), Math.Abs(chunk.Right - columns[c].Left)));
        return (nearest, nearest);
    }

    private List<Row> Rows(PageLayout page, List<ChunkedLine> block, List<(double Left, double Right)> columns)
    {
        var left = columns[0].Left;
        var right = columns[^1].Right;
        var top = block.Min(l => l.Line.Box.Top);
        var bottom = block.Max(l => l.Line.Box.Bottom);
        // Rules across (most of) the block, between its lines: a table ruled only between rows.
        var rules = page.Segments
            .Where(s => s.Horizontal && s.Start <= left + 0.2 * (right - left) && s.End >= right - 0.2 * (right - left)
                        && s.Position > top - 2 && s.Position < bottom + 2)
            .Select(s => s.Position)
            .Order()
            .ToList();
        var rows = new List<Row>();
        if (rules.Count >= 2)
        {
            foreach (var band in block.GroupBy(l => rules.Count(y => y < l.Line.Baseline - 0.3 * l.Line.Size)).OrderBy(g => g.Key))
                rows.Add(Row.Of(band.ToList()));
            return MergeHeader(rows);
        }

        foreach (var line in block)
        {
            if (rows.Count > 0 && Continues(rows[^1], line, columns)) rows[^1].Add(line);
            else rows.Add(Row.Of([line]));
        }
        return MergeHeader(rows);
    }

    /// <summary>
    /// A line continues the row above when it holds text only in some of that row's columns, sits at
    /// ordinary line spacing under it, matches its weight, and adds no number where the row has one.
    /// </summary>
    private bool Continues(Row row, ChunkedLine line, List<(double Left, double Right)> columns)
    {
        var last = row.Lines[^1].Line;
        if (line.Line.Baseline - last.Baseline > 1.45 * Math.Max(line.Line.Size, last.Size)) return false;
        var rowColumns = row.Chunks.Select(c => ColumnsOf(c, columns).First).ToHashSet();
        var lineColumns = line.Chunks.Select(c => ColumnsOf(c, columns).First).ToList();
        if (!lineColumns.All(rowColumns.Contains) || lineColumns.Distinct().Count() >= rowColumns.Count) return false;
        foreach (var chunk in line.Chunks)
        {
            var column = ColumnsOf(chunk, columns).First;
            var above = row.Chunks.Where(c => ColumnsOf(c, columns).First == column).ToList();
            if (above.Any(a => a.IsBold != chunk.IsBold)) return false;
            if (chunk.IsNumber && above.Any(a => a.IsNumber)) return false;
        }
        return true;
    }

    /// <summary>Bold lines at the top of a table are its header: one row, however many lines it takes.</summary>
    private List<Row> MergeHeader(List<Row> rows)
    {
        var header = 0;
        // A bold row of one cell after the header is the first section's heading, not more header.
        while (header < rows.Count - 1 && rows[header].Chunks.All(c => c.IsBold) && !(header > 0 && rows[header].Chunks.Count == 1)) header++;
        if (header < 2) return rows;
        var merged = Row.Of(rows.Take(header).SelectMany(r => r.Lines).ToList());
        return [merged, .. rows.Skip(header)];
    }

    private sealed class Row
    {
        public List<ChunkedLine> Lines { get; } = [];
        public List<Chunk> Chunks { get; } = [];
        public double Top => Lines.Min(l => l.Line.Box.Top);
        public double Bottom => Lines.Max(l => l.Line.Box.Bottom);

        public static Row Of(List<ChunkedLine> lines)
        {
            var row = new Row();
            foreach (var line in lines) row.Add(line);
            return row;
        }

        public void Add(ChunkedLine line)
        {
            Lines.Add(line);
            Chunks.AddRange(line.Chunks);
        }
    }
}
