using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// The header of a table ruled only between rows sits in one band, however many lines it has. When its
/// top line labels groups of columns (<see cref="HeaderGroups"/>), the band becomes two rows, as the
/// Word table's header with merged cells was: the labels spanning their groups, the other columns'
/// headers two rows tall, the grouped columns' own headers in the row below.
/// </summary>
internal static class HeaderBand
{
    public static void SplitGroups(GridTable table, IEnumerable<TextLine> lines, IEnumerable<Segment> segments, double chunkGap)
    {
        if (table.RowCount < 2) return;
        var edges = table.ColumnEdges;
        var (top, bottom) = (table.RowEdges[0], table.RowEdges[1]);
        var header = lines
            .Where(l => l.Angle == 0 && l.Baseline > top && l.Box.Top < bottom)
            .Select(l => l.Words.Where(w => w.CentreX > edges[0] && w.CentreX < edges[^1] && w.CentreY > top && w.CentreY < bottom).ToList())
            .Where(words => words.Count > 0)
            .Select(words => Chunked(words, chunkGap))
            .ToList();
        (int First, int Last) ColumnsOf(Chunk chunk)
        {
            var first = Column(chunk.Left + 0.01);
            return (first, Math.Max(first, Column(chunk.Right - 0.01)));
        }
        int Column(double x) => Math.Clamp(edges.Count(e => e <= x) - 1, 0, edges.Count - 2);
        // Rules inside the band that stop short of the table's width: labels' underlines.
        var underlines = segments
            .Where(s => s.Horizontal && s.Position > top + 1 && s.Position < bottom - 1 && s.End - s.Start < 0.9 * (edges[^1] - edges[0]))
            .Select(s => new Underline(s.Position, s.Start, s.End))
            .ToList();
        if (HeaderGroups.Split(header, edges, ColumnsOf, underlines) is not { } split) return;

        var middle = Math.Clamp(split.Middle, top + 1, bottom - 1);
        table.Cells.RemoveAll(c => c.Row == 0);
        foreach (var cell in table.Cells) cell.Row++;
        table.RowCount++;
        var rowEdges = table.RowEdges.ToList();
        rowEdges.Insert(1, middle);
        var page = table.Page;
        var labelAt = split.Spans.GroupBy(s => s.Value.First).ToDictionary(g => g.Key, g => (Span: g.First().Value, Chunks: g.Select(s => s.Key).ToList()));
        for (var c = 0; c < edges.Count - 1; c++)
        {
            if (labelAt.TryGetValue(c, out var label))
            {
                var span = label.Span.Last - c + 1;
                var cell = new GridCell(0, c, 1, span, new BoundingBox(edges[c], top, edges[c + span], middle), page);
                cell.Words.AddRange(label.Chunks.SelectMany(k => k.Words));
                table.Cells.Add(cell);
            }
            else if (split.TallColumns.Contains(c))
            {
                var cell = new GridCell(0, c, 2, 1, new BoundingBox(edges[c], top, edges[c + 1], bottom), page);
                cell.Words.AddRange(split.TopRow.Where(k => !split.Spans.ContainsKey(k) && ColumnsOf(k).First == c).SelectMany(k => k.Words));
                table.Cells.Add(cell);
            }
            if (split.TallColumns.Contains(c)) continue;
            var below = new GridCell(1, c, 1, 1, new BoundingBox(edges[c], middle, edges[c + 1], bottom), page);
            below.Words.AddRange(split.BelowRow.Where(k => ColumnsOf(k).First == c).SelectMany(k => k.Words));
            table.Cells.Add(below);
        }
        table.RowEdges = rowEdges;
        if (table.DeclaredHeaderRows.Contains(0)) table.DeclaredHeaderRows.Add(1);
    }

    /// <summary>A header line's words in chunks parted where the gap is wide, as the stream finder cuts lines.</summary>
    private static ChunkedLine Chunked(List<Word> words, double chunkGap)
    {
        var ordered = words.OrderBy(w => w.Box.Left).ToList();
        var chunks = new List<Chunk>();
        var current = new List<Word>();
        foreach (var word in ordered)
        {
            if (current.Count > 0 && word.Box.Left - current[^1].Box.Right > chunkGap * Math.Max(word.Size, current[^1].Size))
            {
                chunks.Add(new Chunk(current));
                current = [];
            }
            current.Add(word);
        }
        chunks.Add(new Chunk(current));
        var box = ordered.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
        var baseline = ordered.Select(w => w.Baseline).Order().ElementAt(ordered.Count / 2);
        var size = ordered.Select(w => w.Size).Order().ElementAt(ordered.Count / 2);
        return new ChunkedLine(new TextLine(ordered, box, baseline, size, 0), chunks);
    }
}
