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
            block.InsertRange(0, HeaderAbove(chunked, i, block, used));
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
                // A wrapped cell lies inside the block's width; a paragraph runs across it. The last
                // column's text may reach past what its lines so far have reached.
                var lastColumn = block.LastOrDefault(l => l.IsTabular)?.Chunks[^1].Left;
                var inside = line.Line.Box.Left >= left - 2
                             && (line.Line.Box.Right <= right + 2 || lastColumn is { } lastLeft && Math.Abs(line.Line.Box.Left - lastLeft) <= 1.5)
                             && line.Line.Box.Width < 0.6 * (right - left);
                if (!inside && !IsSectionBeforeRows(lines, i, options.RunGap)) break;
            }
            block.Add(line);
            left = Math.Min(left, line.Line.Box.Left);
            right = Math.Max(right, line.Line.Box.Right);
        }
        // Trailing short lines belong to what follows, not to the table, unless they wrap a cell of the row above.
        while (block.Count > 1 && !block[^1].IsTabular && !WrapsCellAbove(block[^2], block[^1], right) && !IsSectionLikeOthers(block)) block.RemoveAt(block.Count - 1);
        if (block.Count == 1 && !block[0].IsTabular) block.Clear();
        return block;
    }

    /// <summary>
    /// The last line is a section heading printed as the table's other headings are (bold, alone, where
    /// they start): its rows follow overleaf, where the table goes on.
    /// </summary>
    private static bool IsSectionLikeOthers(List<ChunkedLine> block)
    {
        var last = block[^1];
        if (last.Chunks.Count != 1 || !last.Line.IsBold) return false;
        return block.SkipLast(1).Where((l, k) => l.Chunks.Count == 1 && l.Line.IsBold && k + 1 < block.Count - 1 && block[k + 1].IsTabular)
            .Any(l => Math.Abs(l.Line.Box.Left - last.Line.Box.Left) <= 2);
    }

    /// <summary>
    /// A line at ordinary line spacing under a line of the table that starts where one of its cells starts
    /// and ends before the next cell: the last line of that cell's text ("trained." under a comment).
    /// </summary>
    private static bool WrapsCellAbove(ChunkedLine above, ChunkedLine line, double right)
    {
        if (line.Chunks.Count != 1 || line.Line.Baseline - above.Line.Baseline > 1.45 * Math.Max(line.Line.Size, above.Line.Size)) return false;
        var chunk = line.Chunks[0];
        for (var k = 0; k < above.Chunks.Count; k++)
        {
            var limit = k + 1 < above.Chunks.Count ? above.Chunks[k + 1].Left : right + 2;
            if (Math.Abs(above.Chunks[k].Left - chunk.Left) <= 1.5 && chunk.Right < limit && above.Chunks[k].IsBold == chunk.IsBold) return true;
        }
        return false;
    }

    /// <summary>
    /// Lines of a header centred in a tall row that start above the block's first tabular line: bold
    /// fragments ("Q2 -" over "2024/" over "25" in a narrow column, "Indicator" centred over the first
    /// column, "Q1 Q4" over "2025/26 2024/25") right against the header, each within the block. A line
    /// of one chunk starting at the block's left edge is where a title or heading over the table starts.
    /// </summary>
    private List<ChunkedLine> HeaderAbove(List<ChunkedLine> lines, int start, List<ChunkedLine> block, HashSet<TextLine> used)
    {
        var first = block[0].Line;
        if (!first.IsBold) return [];
        var (left, right) = (block.Min(l => l.Line.Box.Left), block.Max(l => l.Line.Box.Right));
        var above = new List<ChunkedLine>();
        var below = first;
        for (var k = start - 1; k >= 0; k--)
        {
            var line = lines[k].Line;
            if (used.Contains(line) || !line.IsBold) break;
            if (below.Box.Top - line.Box.Bottom > 0.5 * Math.Max(line.Size, below.Size)) break;
            // It may reach past the block's right side when centred over a header under it ("Direction of"
            // over "travel" in the last column: wider than the arrows there).
            var last = lines[k].Chunks.Count > 0 ? (lines[k].Chunks[^1].Left, lines[k].Chunks[^1].Right) : (line.Box.Left, line.Box.Right);
            var centred = block.TakeWhile(l => l.Line.IsBold).SelectMany(l => l.Chunks)
                .Any(c => c.Words.Min(w => w.Box.Top) >= line.Box.Bottom - 1 && Math.Abs(c.Left + c.Right - last.Item1 - last.Item2) <= 4);
            var atLeftEdge = !lines[k].IsTabular && line.Box.Left < left + options.TitleIndent * line.Size;
            if (atLeftEdge || line.Box.Left < left - 2 || line.Box.Right > right + 2 && !centred) break;
            above.Insert(0, lines[k]);
            below = line;
        }
        return above;
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
        var columns = Columns(page, block);
        if (columns.Count < 2) return null;
        var edges = new List<double> { columns[0].Left };
        for (var c = 1; c < columns.Count; c++) edges.Add((columns[c - 1].Right + columns[c].Left) / 2);
        edges.Add(columns[^1].Right);

        var rows = Rows(page, block, columns, edges);
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
            Gutters = columns.Zip(columns.Skip(1), (a, b) => (a.Right, b.Left)).ToList(),
        };
        for (var r = 0; r < rows.Count; r++)
        {
            var byColumn = new List<Word>[columns.Count];
            var spans = new int[columns.Count];
            foreach (var chunk in rows[r].Chunks)
            {
                var (first, last) = rows[r].Spans is { } spansOf && spansOf.TryGetValue(chunk, out var span) ? span : ColumnsOf(chunk, columns);
                byColumn[first] ??= [];
                byColumn[first].AddRange(chunk.Words);
                spans[first] = Math.Max(spans[first], last - first + 1);
            }
            for (var c = 0; c < columns.Count;)
            {
                if (r > 0 && rows[r - 1].TallColumns?.Contains(c) == true)
                {
                    c++;
                    continue;
                }
                // A chunk running over empty columns (a section title) spans them.
                var span = 1;
                if (spans[c] > 1)
                    while (span < spans[c] && c + span < columns.Count && byColumn[c + span] is null) span++;
                var rowSpan = rows[r].TallColumns?.Contains(c) == true && r + 1 < rows.Count ? 2 : 1;
                var cell = new GridCell(r, c, rowSpan, span,
                    new BoundingBox(edges[c], rowEdges[r], edges[c + span], rowEdges[r + rowSpan]), page.Number);
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
    /// Column stretches: the x ranges covered by chunks of the block's tabular lines, and by fills that
    /// are a column's only content (<see cref="FilledColumns"/>). A gutter is where (almost) no chunk
    /// reaches, so one overflowing cell does not merge two columns. Bold lines (the header) are left out
    /// when enough plain rows remain: a header's words, a group label over several columns above all,
    /// do not say where the columns are.
    /// </summary>
    private List<(double Left, double Right)> Columns(PageLayout page, List<ChunkedLine> block)
    {
        var all = block.Where(l => l.IsTabular).ToList();
        var plain = all.Where(l => !l.Line.IsBold).ToList();
        var tabular = plain.Count >= options.MinimumRows ? plain : all;
        var stretches = tabular.SelectMany(l => l.Chunks).Select(c => (c.Left, c.Right)).ToList();
        if (stretches.Count > 0)
        {
            // The header reaches over a column of fills alone; the figures do not.
            var size = tabular.Select(l => l.Line.Size).Order().ElementAt(tabular.Count / 2);
            stretches.AddRange(FilledColumns.Stretches(page.Fills, all.Min(l => l.Line.Box.Left), all.Max(l => l.Line.Box.Right),
                tabular.Select(l => l.Line.Baseline).ToList(), size));
        }
        var columns = Stretches(stretches, tabular.Count / 10);
        return tabular == all && plain.Count > 0 ? HeadersJoined(columns, all) : columns;
    }

    private static List<(double Left, double Right)> Stretches(List<(double Left, double Right)> stretches, int tolerated)
    {
        var events = new List<(double X, int Delta)>();
        foreach (var (left, right) in stretches)
        {
            events.Add((left, 1));
            events.Add((right, -1));
        }
        events.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : b.Delta.CompareTo(a.Delta));
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

    /// <summary>
    /// In a table too short for its header to be left out of the column search, a header centred in its cell
    /// can stand clear of the figures or marks at the cell's left: a column with header words only, beside one
    /// with no header words, a font size or two away, is one column with it.
    /// </summary>
    private List<(double Left, double Right)> HeadersJoined(List<(double Left, double Right)> columns, List<ChunkedLine> lines)
    {
        bool Holds((double Left, double Right) column, bool bold) => lines.Where(l => l.Line.IsBold == bold)
            .Any(l => l.Chunks.Any(c => Math.Min(c.Right, column.Right) - Math.Max(c.Left, column.Left) > 0));
        var size = lines.Select(l => l.Line.Size).Order().ElementAt(lines.Count / 2);
        var joined = new List<(double Left, double Right)>(columns);
        for (var c = 0; c + 1 < joined.Count; c++)
        {
            var (a, b) = (joined[c], joined[c + 1]);
            var (aHeads, aHolds, bHeads, bHolds) = (Holds(a, true), Holds(a, false), Holds(b, true), Holds(b, false));
            var complementary = (aHeads && !aHolds && bHolds && !bHeads) || (aHolds && !aHeads && bHeads && !bHolds);
            if (!complementary || b.Left - a.Right > options.HeaderReach * size) continue;
            joined[c] = (a.Left, b.Right);
            joined.RemoveAt(c + 1);
            c--;
        }
        return joined;
    }

    private static (int First, int Last) ColumnsOf(Chunk chunk, List<(double Left, double Right)> columns)
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

    private List<Row> Rows(PageLayout page, List<ChunkedLine> block, List<(double Left, double Right)> columns, List<double> edges)
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
            return MergeHeader(rows, columns, edges);
        }

        ChunkedLine? heldMark = null;
        for (var i = 0; i < block.Count; i++)
        {
            var line = block[i];
            // A line of marks alone that reaches further into the next line than into the row above is the
            // next line's: an arrow centred on a row's first line, drawn taller than the text, starts above it.
            if (rows.Count > 0 && i + 1 < block.Count && line.Chunks.Count > 0 && line.Chunks.All(IsMark)
                && Overlap(line.Line.Box, block[i + 1].Line.Box) > Math.Max(0, Overlap(line.Line.Box, rows[^1].Lines[^1].Line.Box)))
            {
                heldMark = line;
                continue;
            }
            // Whether the line goes on with the row above is asked of it with its mark.
            var asked = heldMark is null ? line : line with { Chunks = [.. line.Chunks, .. heldMark.Chunks] };
            if (rows.Count > 0 && Continues(rows[^1], asked, columns)) rows[^1].Add(line);
            else rows.Add(Row.Of([line]));
            if (heldMark is not null) rows[^1].AddAbove(heldMark);
            heldMark = null;
        }
        return MergeHeader(rows, columns, edges);
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
        // A mark (an arrow or dot pasted as a picture or drawn) centred in a cell of two lines lies between them,
        // on a line of its own or on the lower line, in a column the row has nothing in yet: it is the row's, and
        // says nothing of where a row starts; a line of it alone is the row's when it starts beside the row.
        var chunks = line.Chunks.Where(c => !(IsMark(c) && !rowColumns.Contains(ColumnsOf(c, columns).First))).ToList();
        if (chunks.Count == 0) return (line.Line.Box.Top + line.Line.Box.Bottom) / 2 < last.Box.Bottom + options.MarkReach * last.Size;
        var lineColumns = chunks.Select(c => ColumnsOf(c, columns).First).ToList();
        if (!lineColumns.All(rowColumns.Contains) || lineColumns.Distinct().Count() >= rowColumns.Count) return false;
        foreach (var chunk in chunks)
        {
            var column = ColumnsOf(chunk, columns).First;
            var above = row.Chunks.Where(c => ColumnsOf(c, columns).First == column).ToList();
            if (above.Any(a => a.IsBold != chunk.IsBold)) return false;
            if (chunk.IsNumber && above.Any(a => a.IsNumber) && !above.Any(a => BrokenFigures.Joins(WordJoiner.Join(a.Words), WordJoiner.Join(chunk.Words))))
                return false;
        }
        return true;
    }

    private static double Overlap(BoundingBox a, BoundingBox b) => Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);

    /// <summary>A chunk of one mark and nothing else: "↑", "●", "▼".</summary>
    private static bool IsMark(Chunk chunk)
    {
        var text = WordJoiner.Join(chunk.Words).Trim();
        return text.Length is > 0 and <= 2 && text.All(c => !char.IsLetterOrDigit(c) && !char.IsPunctuation(c) && !char.IsWhiteSpace(c));
    }

    /// <summary>
    /// Bold lines at the top of a table are its header: one row, however many lines it takes, unless its
    /// top line labels groups of columns (<see cref="HeaderGroups"/>): then that line is a row of its own.
    /// </summary>
    private static List<Row> MergeHeader(List<Row> rows, List<(double Left, double Right)> columns, List<double> edges)
    {
        var header = 0;
        // A bold row of one cell starting in the first column after the header is the first section's
        // heading, not more header, unless more bold lines follow it ("Indicator" centred in a tall header
        // row, beside shorter headers); one cell further right is a header's wrapped line ("Do" / "T").
        bool AllBold(int r) => rows[r].Chunks.All(c => c.IsBold);
        bool SectionHeading(int r) => rows[r].Chunks.Count == 1 && ColumnsOf(rows[r].Chunks[0], columns).First == 0
                                      && !(r + 1 < rows.Count - 1 && AllBold(r + 1));
        while (header < rows.Count - 1 && AllBold(header) && !(header > 0 && SectionHeading(header))) header++;
        var lines = rows.Take(header).SelectMany(r => r.Lines).ToList();
        if (HeaderGroups.Split(lines, edges, chunk => ColumnsOf(chunk, columns)) is { } groups)
        {
            var labels = new Row { Spans = groups.Spans, TallColumns = groups.TallColumns };
            labels.Lines.AddRange(groups.LabelLines);
            labels.Chunks.AddRange(groups.TopRow);
            var below = new Row();
            below.Lines.AddRange(groups.BelowLines);
            below.Chunks.AddRange(groups.BelowRow);
            return [labels, below, .. rows.Skip(header)];
        }
        if (header < 2) return rows;
        return [Row.Of(lines), .. rows.Skip(header)];
    }

    private sealed class Row
    {
        public List<ChunkedLine> Lines { get; } = [];
        public List<Chunk> Chunks { get; } = [];

        /// <summary>Columns a chunk heads beyond those it touches: a group label's.</summary>
        public Dictionary<Chunk, (int First, int Last)>? Spans { get; init; }

        /// <summary>Columns whose cell in this row is two rows tall (a header row of group labels).</summary>
        public HashSet<int>? TallColumns { get; init; }
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

        /// <summary>Adds a line that stands above the row's last line, which stays last.</summary>
        public void AddAbove(ChunkedLine line)
        {
            Lines.Insert(Lines.Count - 1, line);
            Chunks.AddRange(line.Chunks);
        }
    }
}
