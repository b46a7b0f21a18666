using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Tables ruled only between rows (no vertical lines, as finance and statistical tables often are):
/// a stack of horizontal rules of the same extent. Each band between two rules is a row, however
/// many lines its cells wrap to; columns are the gutters no word crosses in (almost) any band.
/// </summary>
internal sealed class RuledRowsFinder(RuledRowsOptions options) : ITableFinder
{
    public TableFinderStage Stage => TableFinderStage.BeforeRunningText;

    public TableFinding Find(PageLayout page, List<TextLine> lines, IReadOnlyList<GridTable> found)
    {
        var tables = new List<GridTable>();
        var remaining = lines;
        foreach (var rules in Stacks(page, found))
        {
            var table = Build(page, rules, remaining);
            if (table is null) continue;
            var rest = GridWords.Assign(table, remaining);
            if (table.Cells.Count(c => !c.IsEmpty) < 4) continue;
            HeaderBand.SplitGroups(table, remaining, page.Segments, options.ChunkGap);
            tables.Add(table);
            remaining = rest;
        }
        return new TableFinding(tables, remaining);
    }

    /// <summary>Horizontal rules of one extent, stacked: three or more, none crossing another table.</summary>
    private IEnumerable<List<Segment>> Stacks(PageLayout page, IReadOnlyList<GridTable> existing)
    {
        var rules = page.Segments
            .Where(s => s.Horizontal && s.Length >= options.MinimumRuleLength && s.Colour is not "FFFFFF")
            .Where(s => !existing.Any(t => s.Position >= t.Box.Top - 2 && s.Position <= t.Box.Bottom + 2
                                           && s.End > t.Box.Left && s.Start < t.Box.Right))
            .OrderBy(s => s.Start)
            .ToList();
        var groups = new List<List<Segment>>();
        foreach (var rule in rules)
        {
            var group = groups.FirstOrDefault(g => Math.Abs(g[0].Start - rule.Start) <= options.SameExtent && Math.Abs(g[0].End - rule.End) <= options.SameExtent);
            if (group is null) groups.Add([rule]);
            else group.Add(rule);
        }
        foreach (var group in groups.Where(g => g.Count >= 3))
            yield return group.OrderBy(s => s.Position).ToList();
    }

    private GridTable? Build(PageLayout page, List<Segment> rules, List<TextLine> lines)
    {
        var left = rules.Min(r => r.Start);
        var right = rules.Max(r => r.End);
        var ys = new List<double> { rules[0].Position };
        foreach (var rule in rules.Skip(1))
            if (rule.Position - ys[^1] > 3) ys.Add(rule.Position);
        if (ys.Count < 3) return null;
        var words = lines.SelectMany(l => l.Words)
            .Where(w => w.Angle == 0 && w.CentreX > left && w.CentreX < right && w.CentreY > ys[0] && w.CentreY < ys[^1])
            .ToList();
        if (words.Count == 0) return null;

        var (columns, gutters) = Gutters(words.Except(UnderlinedLabels(page, words, ys, left, right)).ToList(), ys, left, right, page.Fills);
        HeadersJoined(columns, gutters, words, ys, page.Fills);
        if (columns.Count < 3) return null;
        AddOpenLastRow(lines, ys, columns, words);
        var bands = ys.Count - 1;
        var table = new GridTable(page.Number, page.Frame, new BoundingBox(left, ys[0], right, ys[^1]), columns, ruled: false)
        {
            RowCount = bands,
            RowEdges = ys,
            Gutters = gutters,
        };
        for (var r = 0; r < bands; r++)
        for (var c = 0; c < columns.Count - 1; c++)
            table.Cells.Add(new GridCell(r, c, 1, 1, new BoundingBox(columns[c], ys[r], columns[c + 1], ys[r + 1]), page.Number));
        return table;
    }

    /// <summary>
    /// Words of the header band standing on a rule shorter than the table: a label underlined over the
    /// columns it heads ("Q4 - 2021/22" over Status | Outturn). It is centred over its group's inner
    /// gutters, so it does not say where columns are.
    /// </summary>
    private IEnumerable<Word> UnderlinedLabels(PageLayout page, List<Word> words, List<double> ys, double left, double right)
    {
        var underlines = page.Segments
            .Where(s => s.Horizontal && s.Position > ys[0] + 1 && s.Position < ys[1] - 1 && s.Start >= left - 2 && s.End <= right + 2
                        && s.End - s.Start < 0.9 * (right - left))
            .ToList();
        var band = words.Where(w => w.CentreY > ys[0] && w.CentreY < ys[1]).ToList();
        // The rule may be the bottom border of the label's cell, with the label centred a line above it: it is
        // the label's as long as no other word stands between them.
        return band.Where(w => underlines.Any(u => w.Box.Bottom <= u.Position + 1 && u.Position - w.Box.Bottom <= options.UnderlineReach * w.Size
                                                   && w.Box.Left >= u.Start - 2 && w.Box.Right <= u.End + 2
                                                   && !band.Any(o => o != w && o.Box.Top >= w.Box.Bottom - 0.5 && o.Box.Bottom <= u.Position + 1
                                                                     && o.Box.Right > w.Box.Left && o.Box.Left < w.Box.Right)));
    }

    /// <summary>
    /// The last row of such a table often has no rule under it: the lines just below the last rule are a
    /// row when their words fall into at least three of the columns. The row's wide cells may have a blank
    /// line between paragraphs, so the lines may be that far apart; the row ends at a line that crosses
    /// a column gutter (a paragraph after the table) or that holds a page number, alone or beside the
    /// running footer's title ("Scorecard Q2 2022/23      Page 1 of 2").
    /// </summary>
    private void AddOpenLastRow(List<TextLine> lines, List<double> ys, List<double> columns, List<Word> words)
    {
        var left = columns[0];
        var right = columns[^1];
        var below = lines.Where(l => l.Angle == 0 && l.Box.Top >= ys[^1] - 1 && l.Box.Left >= left - 1 && l.Box.Right <= right + 1)
            .OrderBy(l => l.Box.Top)
            .ToList();
        var taken = new List<TextLine>();
        var bottom = ys[^1];
        foreach (var line in below)
        {
            if (line.Box.Top - bottom > options.OpenRowGap * line.Size) break;
            if (Chunks(line).Any(c => PageFurniture.IsPageNumber(string.Join(' ', c.Select(w => w.Text)))) || CrossesGutter(line, columns)) break;
            taken.Add(line);
            bottom = Math.Max(bottom, line.Box.Bottom);
        }
        var used = taken.SelectMany(l => l.Words)
            .Select(w => columns.FindLastIndex(x => x <= w.CentreX))
            .Distinct()
            .Count();
        if (used < 3) return;
        ys.Add(bottom + 1);
        words.AddRange(taken.SelectMany(l => l.Words));
    }

    /// <summary>
    /// A line of running text across the columns: words at ordinary spacing that run over two column
    /// edges or more. A cell's text stays in its column (a long one may lean over one edge a little).
    /// </summary>
    private static bool CrossesGutter(TextLine line, List<double> columns)
    {
        var edges = columns.Skip(1).SkipLast(1).ToList();
        return Chunks(line).Any(chunk =>
        {
            var (start, end) = (chunk[0].Box.Left, chunk.Max(w => w.Box.Right));
            return edges.Count(edge => edge > start + 1 && edge < end - 1) >= 2;
        });
    }

    /// <summary>The line's runs of words at ordinary spacing (gaps under a font size), left to right.</summary>
    private static IEnumerable<List<Word>> Chunks(TextLine line)
    {
        var words = line.Words.OrderBy(w => w.Box.Left).ToList();
        for (var i = 0; i < words.Count;)
        {
            var end = words[i].Box.Right;
            var j = i + 1;
            for (; j < words.Count && words[j].Box.Left - end < line.Size; j++) end = Math.Max(end, words[j].Box.Right);
            yield return words.GetRange(i, j - i);
            i = j;
        }
    }

    /// <summary>
    /// Column edges: the table's sides and the middle of every gutter at least about a character
    /// wide that words cross in at most a tenth of the bands (a title row may run across). Where some
    /// band's words do reach into the gutter (a header wider than its figures) but leave part of it clear,
    /// the edge is the middle of the widest clear part, so those words stay in their own column.
    /// </summary>
    /// <summary>
    /// A header centred in a wide cell stands clear of the figures left-aligned under it ("Target" over "97%"):
    /// a column with headers only (the lowest words of the header band), beside one with figures (or fills) in the
    /// body only, a font size or two away, is one column with it.
    /// </summary>
    private void HeadersJoined(List<double> edges, List<(double Left, double Right)> gutters, List<Word> words, List<double> ys, IReadOnlyList<FrameFill> fills)
    {
        if (ys.Count < 3 || words.Count == 0) return;
        var size = words.Select(w => w.Size).Order().ElementAt(words.Count / 2);
        var body = words.Where(w => w.CentreY > ys[1]).ToList();
        // A group label over the headers is no column's header: only the lowest words of the band say what heads.
        var band = words.Where(w => w.CentreY < ys[1]).ToList();
        bool Over(Word w) => band.Any(v => v.Box.Top > w.Box.Bottom - 1 && v.Box.Left < w.Box.Right && v.Box.Right > w.Box.Left);
        var heads = new List<Word>();
        foreach (var line in band.GroupBy(w => Math.Round(w.Baseline)))
        {
            // A label's words go together: "Q2" of "Q2 2025/26" reaches past the headers under "2025/26".
            var chunk = new List<Word>();
            foreach (var word in line.OrderBy(w => w.Box.Left).Append(null))
            {
                if (word is not null && (chunk.Count == 0 || word.Box.Left - chunk[^1].Box.Right <= options.ChunkGap * size))
                {
                    chunk.Add(word);
                    continue;
                }
                if (!chunk.Any(Over)) heads.AddRange(chunk);
                chunk = word is null ? [] : [word];
            }
        }
        var filled = FilledColumns.Cells(fills, edges[0], edges[^1], body.Select(w => w.Baseline).Distinct().ToList(), size)
            .Where(f => (f.Top + f.Bottom) / 2 > ys[1]).ToList();
        (double Left, double Right)? Extent(int c, bool header)
        {
            var spans = (header ? heads : body)
                .Where(w => w.CentreX > edges[c] && w.CentreX < edges[c + 1]).Select(w => (w.Box.Left, w.Box.Right))
                .Concat(header ? [] : filled.Where(f => (f.Left + f.Right) / 2 > edges[c] && (f.Left + f.Right) / 2 < edges[c + 1]).Select(f => (f.Left, f.Right)))
                .ToList();
            return spans.Count == 0 ? null : (spans.Min(s => s.Left), spans.Max(s => s.Right));
        }
        for (var c = 0; c + 2 < edges.Count - 1; c++)
        {
            var (aHead, aBody, bHead, bBody) = (Extent(c, true), Extent(c, false), Extent(c + 1, true), Extent(c + 1, false));
            var gap = aHead is { } ah && aBody is null && bBody is { } bb && bHead is null ? bb.Left - ah.Right
                : aBody is { } ab && aHead is null && bHead is { } bh && bBody is null ? bh.Left - ab.Right
                : double.MaxValue;
            if (gap > options.HeaderReach * size) continue;
            edges.RemoveAt(c + 1);
            gutters.RemoveAt(c);
            c--;
        }
    }

    private (List<double> Edges, List<(double Left, double Right)> Gutters) Gutters(List<Word> words, List<double> ys, double left,
        double right, IReadOnlyList<FrameFill> fills)
    {
        var size = words.Select(w => w.Size).Order().ElementAt(words.Count / 2);
        var bands = ys.Count - 1;
        // A column shown only by its cells' fills (RAG by colour) covers its stretch as words would.
        var filled = FilledColumns.Cells(fills, left, right, words.Select(w => w.Baseline).Distinct().ToList(), size).ToList();
        var covering = new List<(double X, int Delta)>();
        for (var r = 0; r < bands; r++)
        {
            var (top, bottom) = (ys[r], ys[r + 1]);
            var spans = words.Where(w => w.CentreY > top && w.CentreY < bottom)
                .Select(w => (w.Box.Left, w.Box.Right))
                .Concat(filled.Where(f => (f.Top + f.Bottom) / 2 > top && (f.Top + f.Bottom) / 2 < bottom).Select(f => (f.Left, f.Right)))
                .OrderBy(s => s.Left)
                .ToList();
            // One band covers a stretch once, however many of its lines do.
            foreach (var (start, end) in Union(spans))
            {
                covering.Add((start, 1));
                covering.Add((end, -1));
            }
        }
        covering.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : b.Delta.CompareTo(a.Delta));
        var tolerated = bands / 10;
        var edges = new List<double> { left };
        var gutters = new List<(double Left, double Right)>();
        var depth = 0;
        double? gapStart = left;
        double? clearStart = null;
        (double Start, double End)? widestClear = null;
        foreach (var (x, delta) in covering)
        {
            var before = depth;
            depth += delta;
            if (before > 0 && depth == 0) clearStart = x;
            else if (before == 0 && depth > 0 && clearStart is { } from && gapStart is { } inGap && from >= inGap
                     && (widestClear is not { } widest || x - from > widest.End - widest.Start))
                widestClear = (from, x);
            if (before > tolerated && depth <= tolerated)
            {
                gapStart = x;
                widestClear = null;
            }
            else if (before <= tolerated && depth > tolerated && gapStart is { } start)
            {
                if (start > left + 0.5 && x - start >= 0.8 * size)
                {
                    edges.Add(widestClear is { } clear && clear.End - clear.Start >= 0.3 * size ? (clear.Start + clear.End) / 2 : (start + x) / 2);
                    gutters.Add((start, x));
                }
                gapStart = null;
                widestClear = null;
            }
        }
        edges.Add(right);
        return (edges, gutters);
    }

    private IEnumerable<(double Start, double End)> Union(List<(double Left, double Right)> spans)
    {
        if (spans.Count == 0) yield break;
        var (start, end) = spans[0];
        foreach (var (l, r) in spans.Skip(1))
        {
            if (l <= end) end = Math.Max(end, r);
            else
            {
                yield return (start, end);
                (start, end) = (l, r);
            }
        }
        yield return (start, end);
    }
}
