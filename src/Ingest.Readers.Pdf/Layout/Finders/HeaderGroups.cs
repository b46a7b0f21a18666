namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Labels in an unruled header that head groups of columns ("Q3 2023/24" centred over Performance |
/// Target | RAG). With no rules to say how far a label reaches, its reach is read from where it is
/// printed: a label sits above other headers, centred over the columns it heads, and those columns have
/// their headers only below it, in one row with the label's own sub-headers. Cells are found first, stacking a cell's wrapped lines, so that a header
/// centred in a tall row (Word's vertical centring) is one cell whichever line it starts on. Such a header
/// is two rows, the labels spanning their groups; any other header is one row, its lines joined per column.
/// </summary>
internal static class HeaderGroups
{
    /// <summary>
    /// The header as two rows, or null when no label heads more than the columns it touches. The top row
    /// holds the labels (each chunk with the columns its label spans) and, as cells two rows tall, the whole
    /// header of every column in no group; the row below holds the headers of the grouped columns.
    /// </summary>
    /// <param name="underlines">
    /// Rules inside the header shorter than the table: a label's underline, which says how far the label
    /// reaches and that what is under it is another cell.
    /// </param>
    public static HeaderSplit? Split(List<ChunkedLine> lines, IReadOnlyList<double> edges, Func<Chunk, (int First, int Last)> columnsOf,
        IReadOnlyList<Underline>? underlines = null)
    {
        if (lines.Count < 2) return null;
        underlines ??= [];
        var columnCount = edges.Count - 1;
        var cells = Cells(lines, columnsOf, underlines);
        // A label has headers under it; printed centred over the gap between two of them, it is known by
        // its underline.
        // Under an underline is the row of sub-headers: a wrapped one there ("St" / "at us") is no label.
        var labels = cells.Where(c => cells.Any(other => other.Top >= c.Bottom - 0.5 && Overlaps(other, c))
                                      || Underlined(c, underlines) is { } line && cells.Any(other => other.Top >= line.Position - 1 && other.Left < line.End && other.Right > line.Start))
            .Where(c => !underlines.Any(u => c.Top >= u.Position - 1 && c.Left < u.End && c.Right > u.Start))
            .ToList();
        if (labels.Count == 0) return null;

        var loose = cells.Where(c => !labels.Any(l => l == c || c.Top >= l.Bottom - 0.5 && Overlaps(c, l))).ToList();
        var alignment = AlignmentOf(loose);
        var centredOn = CentredMiddle(cells, loose);
        var cores = labels.ToDictionary(l => l, l => Core(l, edges));
        labels = labels.Select(l => cores[l]).ToList();
        cells = cells.Select(c => cores.GetValueOrDefault(c, c)).ToList();

        // Columns a label may reach over: every header cell in them lies below the label.
        var touchedByLabel = new int[columnCount];
        foreach (var label in labels)
            for (var c = label.First; c <= label.Last; c++) touchedByLabel[c]++;
        var candidates = new List<List<(int First, int Last, double Miss)>>();
        foreach (var label in labels)
        {
            // The label's own sub-headers, and a column whose header lines up with one of them: the headers
            // of one group form a row, top-, centre- or bottom-aligned, whatever their number of lines.
            var under = cells.Where(x => x.Top >= label.Bottom - 0.5 && Overlaps(x, label)).ToList();
            // A label centred over the gap between its sub-headers touches none: its underline's do.
            if (under.Count == 0 && Underlined(label, underlines) is { } line)
                under = cells.Where(x => x.Top >= line.Position - 1 && x.Left < line.End && x.Right > line.Start).ToList();
            bool InRow(HeaderCell x) => under.Any(u => alignment switch
            {
                Alignment.Top => Math.Abs(u.Top - x.Top) <= 1.5,
                Alignment.Bottom => Math.Abs(u.Bottom - x.Bottom) <= 1.5,
                Alignment.Centre => Math.Abs(u.Top + u.Bottom - x.Top - x.Bottom) <= 3,
                _ => Math.Abs(u.Top - x.Top) <= 1.5 || Math.Abs(u.Bottom - x.Bottom) <= 1.5 || Math.Abs(u.Top + u.Bottom - x.Top - x.Bottom) <= 3,
            });
            // Under an underline the headers below it are the row of sub-headers, however they are aligned.
            var rule = UnderlinedColumns(label, cells, under, underlines, edges);
            // The first column's header, under no label, shows how a header of no group sits in the row; a column
            // whose header sits just so, unlike the label's own sub-headers, has no group either ("Good is" beside
            // "Measure", both centred in the tall row, is not under "Q4 2022/23" however wide the label may reach).
            var ungrouped = loose.Where(x => x.First == 0 && !under.Any(u => SameLines(u, x))).ToList();
            bool Open(int c)
            {
                var inColumn = cells.Where(x => x.First <= c && x.Last >= c).ToList();
                if (touchedByLabel[c] != 0 || inColumn.Count == 0) return false;
                // Under the label's underline a header is the label's, however it sits: a scan read a wrapped
                // "Performan" / "ce" as one word on its first line, level with "KPI" (seed 6868's Kent).
                if (rule is { } line && c >= line.Rule.First && c <= line.Rule.Last) return inColumn.All(x => x.Top >= line.Line.Position - 1);
                if (inColumn.All(x => ungrouped.Any(u => u != x && SameLines(u, x)))) return false;
                if (rule is { } other) return inColumn.All(x => x.Top >= other.Line.Position - 1);
                return inColumn.All(x => x.Top >= label.Bottom - 0.5) && inColumn.Any(InRow)
                       && !(centredOn is { } m && inColumn.All(x => Math.Abs(x.Top + x.Bottom - 2 * m) <= 3));
            }
            // How far the label is from the middle of columns a..b: by the column edges, or by the headers
            // under it there (a narrow mark column's edges are only where its gutters happen to fall).
            double Miss(int a, int b)
            {
                var byEdges = Math.Abs((edges[a] + edges[b + 1]) / 2 - label.Centre);
                var headers = cells.Where(x => x.First >= a && x.Last <= b && x.Top >= label.Bottom - 0.5).ToList();
                if (!Enumerable.Range(a, b - a + 1).All(c => headers.Any(x => x.First <= c && x.Last >= c))) return byEdges;
                return Math.Min(byEdges, Math.Abs((headers.Min(x => x.Left) + headers.Max(x => x.Right)) / 2 - label.Centre));
            }
            // Centred over the group to within a little of its width (column edges are only the middles of
            // the gutters between texts).
            bool Centred(int a, int b) => Miss(a, b) <= 0.12 * (edges[b + 1] - edges[a]) + 2;
            var spans = new List<(int, int, double)> { (label.First, label.Last, Miss(label.First, label.Last)) };
            // An underline reaches as far as the label does; one drawn under several labels (their cells'
            // borders printed as one line) only bounds them.
            var (from, to) = (0, columnCount - 1);
            if (rule is { } underlined && underlined.Rule.First <= label.First && underlined.Rule.Last >= label.Last)
            {
                if (!cells.Any(other => other != label && underlined.Line.Start < other.Right && underlined.Line.End > other.Left
                                         && other.Bottom <= underlined.Line.Position + 1 && (other.Last < label.First || other.First > label.Last)))
                {
                    candidates.Add([(underlined.Rule.First, underlined.Rule.Last, 0)]);
                    continue;
                }
                (from, to) = underlined.Rule;
            }
            for (var a = label.First; a >= from && (a == label.First || Open(a)); a--)
                for (var b = label.Last; b <= to && (b == label.Last || Open(b)); b++)
                    if ((a, b) != (label.First, label.Last) && Centred(a, b)) spans.Add((a, b, Miss(a, b)));
            candidates.Add(spans);
        }
        if (Best(candidates, labels) is not { } chosen || chosen.All(s => s.First == s.Last)) return null;

        // A label over one column heads no group: it and what is under it are one header, a tall cell like
        // any other column's.
        var spansOf = new Dictionary<Chunk, (int First, int Last)>(ReferenceEqualityComparer.Instance);
        var grouped = new bool[columnCount];
        for (var i = 0; i < labels.Count; i++)
        {
            if (chosen[i].First == chosen[i].Last && labels[i].Chunks.All(k => columnsOf(k) == (chosen[i].First, chosen[i].Last))) continue;
            foreach (var chunk in labels[i].Chunks) spansOf[chunk] = (chosen[i].First, chosen[i].Last);
            for (var c = chosen[i].First; c <= chosen[i].Last; c++) grouped[c] = true;
        }
        var tall = Enumerable.Range(0, columnCount).Where(c => !grouped[c]).ToHashSet();
        var chunks = lines.SelectMany(l => l.Chunks).ToList();
        var topRow = chunks.Where(c => spansOf.ContainsKey(c) || tall.Contains(columnsOf(c).First)).ToList();
        var belowRow = chunks.Where(c => !spansOf.ContainsKey(c) && !tall.Contains(columnsOf(c).First)).ToList();
        var labelLines = lines.Where(l => l.Chunks.Any(spansOf.ContainsKey)).ToList();
        var otherLines = lines.Except(labelLines).ToList();
        if (otherLines.Count == 0) return null;
        var middle = (labels.Max(l => l.Bottom) + belowRow.Select(Top).DefaultIfEmpty(labels.Max(l => l.Bottom)).Min()) / 2;
        return new HeaderSplit(labelLines, topRow, spansOf, tall, otherLines, belowRow, middle);
    }

    /// <summary>
    /// One span per label, no two overlapping, covering as many columns as can be; among those, the
    /// labels best centred. Labels are few, so every combination is tried. Labels stacked in one column
    /// (the lines of a tall label split where a row of headers starts beside them) may share their own
    /// columns; a span reaching further must be its label's alone.
    /// </summary>
    private static List<(int First, int Last, double Miss)>? Best(List<List<(int First, int Last, double Miss)>> candidates, List<HeaderCell> labels)
    {
        List<(int, int, double)>? best = null;
        var (bestCover, bestMiss) = (-1, double.MaxValue);
        var current = new List<(int First, int Last, double Miss)>();
        var combinations = 0;
        void Walk(int i)
        {
            if (++combinations > 20000) return;
            if (i == candidates.Count)
            {
                var cover = current.Sum(s => s.Last - s.First + 1);
                var miss = current.Sum(s => s.Miss);
                if (cover > bestCover || cover == bestCover && miss < bestMiss) (best, bestCover, bestMiss) = (current.ToList(), cover, miss);
                return;
            }
            foreach (var span in candidates[i])
            {
                bool Own((int First, int Last, double) s, int k) => s.First == labels[k].First && s.Last == labels[k].Last;
                if (current.Where((s, k) => s.First <= span.Last && span.First <= s.Last && !(Own(s, k) && Own(span, i))).Any()) continue;
                current.Add(span);
                Walk(i + 1);
                current.RemoveAt(current.Count - 1);
            }
        }
        Walk(0);
        return best;
    }

    /// <summary>
    /// The columns a label is printed over: an end column it only pokes into is not one of them. Column
    /// edges are the middles of gutters, so a label wider than its one column ("Q4 - 2020/21" over
    /// "Actual") crosses one by a few points; counted as the label's, that column (the next group's
    /// "Status") could head no other group.
    /// </summary>
    private static HeaderCell Core(HeaderCell label, IReadOnlyList<double> edges)
    {
        var width = label.Right - label.Left;
        bool Pokes(int c) => (label.Centre < edges[c] || label.Centre > edges[c + 1])
                             && Math.Min(label.Right, edges[c + 1]) - Math.Max(label.Left, edges[c]) < PokeShare * width;
        var (first, last) = (label.First, label.Last);
        if (first < last && Pokes(first)) first++;
        if (first < last && Pokes(last)) last--;
        return label with { First = first, Last = last };
    }

    /// <summary>The share of a label's width past a gutter's middle that still puts it over that column.</summary>
    private const double PokeShare = 0.25;

    /// <summary>
    /// Header cells: chunks stacked on consecutive lines over the same columns are one cell's wrapped
    /// text, unless the lower one is on the line of a neighbouring column's header that has nothing at
    /// the upper one's height: then the lower one starts a row of headers under a label.
    /// </summary>
    /// <summary>
    /// The columns a rule between the label and the headers under it covers: those whose headers under
    /// the rule are centred within it (column edges are only gutter middles), else whose middles are.
    /// </summary>
    private static (Underline Line, (int First, int Last) Rule)? UnderlinedColumns(HeaderCell label, List<HeaderCell> cells, List<HeaderCell> under,
        IReadOnlyList<Underline> underlines, IReadOnlyList<double> edges)
    {
        var below = under.Count > 0 ? under.Min(u => u.Top) : label.Bottom + 0.5 * (label.Bottom - label.Top);
        if (Underlined(label, underlines, below) is not { } rule) return null;
        var headed = cells.Where(x => x.Top >= rule.Position - 1 && x.Centre > rule.Start && x.Centre < rule.End).ToList();
        var columns = headed.Count > 0
            ? headed.SelectMany(x => Enumerable.Range(x.First, x.Last - x.First + 1)).Distinct().Order().ToList()
            : Enumerable.Range(0, edges.Count - 1).Where(c => (edges[c] + edges[c + 1]) / 2 > rule.Start && (edges[c] + edges[c + 1]) / 2 < rule.End).ToList();
        return columns.Count == 0 ? null : (rule, (columns[0], columns[^1]));
    }

    /// <summary>A rule right under the cell (down to <paramref name="below"/>, by default half a line), across it.</summary>
    private static Underline? Underlined(HeaderCell cell, IReadOnlyList<Underline> underlines, double? below = null)
    {
        var limit = below ?? cell.Bottom + 0.5 * (cell.Bottom - cell.Top);
        return underlines.FirstOrDefault(u => u.Position >= cell.Bottom - 1 && u.Position <= limit + 1 && u.Start < cell.Right && u.End > cell.Left);
    }

    private static List<HeaderCell> Cells(List<ChunkedLine> lines, Func<Chunk, (int First, int Last)> columnsOf, IReadOnlyList<Underline> underlines)
    {
        var all = lines.SelectMany(l => l.Chunks).Select(c => (Chunk: c, Columns: columnsOf(c), Top: Top(c), Bottom: c.Words.Max(w => w.Box.Bottom),
            Baseline: c.Words[0].Baseline)).ToList();
        bool StartsRowUnder(HeaderCell above, (Chunk Chunk, (int First, int Last) Columns, double Top, double Bottom, double Baseline) lower) =>
            all.Any(n => (n.Columns.Last == lower.Columns.First - 1 || n.Columns.First == lower.Columns.Last + 1)
                         && (Math.Abs(n.Baseline - lower.Baseline) <= 1
                             || n.Top >= above.Bottom - 0.5 && n.Top < lower.Bottom + (lower.Bottom - lower.Top) && n.Baseline > lower.Baseline)
                         && !all.Any(m => m.Columns.First <= n.Columns.Last && m.Columns.Last >= n.Columns.First
                                          && m.Bottom > above.Top && m.Top < above.Bottom));
        var cells = new List<HeaderCell>();
        foreach (var item in all.OrderBy(c => c.Baseline))
        {
            var ((first, last), top, bottom) = (item.Columns, item.Top, item.Bottom);
            var size = item.Chunk.Words.Max(w => w.Size);
            // A wrapped cell's lines share its columns; a centred one's first line may be too short to reach them
            // all ("Q1" over "2025/26"). A line under it that is as wide or wider and centred on it is its next line,
            // whatever starts beside it ("Do" of "Do"/"T" on the line of "2024/25"): a sub-header under a label of
            // several columns is narrower than the label.
            bool WiderCentred(HeaderCell c) => c.First >= first && c.Last <= last && c.Chunks.Count == 1
                && item.Chunk.Right - item.Chunk.Left >= c.Chunks[0].Right - c.Chunks[0].Left
                && Math.Abs(c.Chunks[0].Left + c.Chunks[0].Right - item.Chunk.Left - item.Chunk.Right) <= 2 * CentreTolerance;
            var above = cells.LastOrDefault(c => ((c.First == first && c.Last == last) || WiderCentred(c)) && top - c.Bottom <= 0.6 * size && top > c.Top);
            var ruledOff = above is not null && underlines.Any(u => u.Position >= above.Bottom - 1 && u.Position <= top + 1
                                                                    && u.Start < item.Chunk.Right && u.End > item.Chunk.Left);
            if (above is null || ruledOff || (!WiderCentred(above) && StartsRowUnder(above, item))) cells.Add(new HeaderCell([item.Chunk], first, last, top, bottom));
            else cells[cells.IndexOf(above)] = above with
            {
                Chunks = [.. above.Chunks, item.Chunk], Bottom = Math.Max(above.Bottom, bottom),
                First = Math.Min(above.First, first), Last = Math.Max(above.Last, last),
            };
        }
        return cells;
    }

    /// <summary>
    /// How the header's cells sit in their row, read from the cells no label is over: a row of headers
    /// under a label is aligned the same way. In a header centred in one tall row, a wrapped header's
    /// first lines ("Stat" / "us" over "Q4 -" / "2020/21") may look like a label over the neighbours that
    /// start where its lower lines do; but those neighbours are centred on the tall row, not on that line.
    /// </summary>
    private static Alignment AlignmentOf(List<HeaderCell> cells)
    {
        if (cells.Count < 2) return Alignment.Any;
        static double Spread(IEnumerable<double> values) => values.Max() - values.Min();
        var (tops, bottoms) = (Spread(cells.Select(c => c.Top)) <= 1.5, Spread(cells.Select(c => c.Bottom)) <= 1.5);
        // Cells of one height agree on every line: they do not say.
        if (tops) return bottoms ? Alignment.Any : Alignment.Top;
        if (bottoms) return Alignment.Bottom;
        return Spread(cells.Select(c => c.Top + c.Bottom)) <= 3 ? Alignment.Centre : Alignment.Any;
    }

    private enum Alignment { Any, Top, Bottom, Centre }

    /// <summary>Points either side within which two lines share a centre.</summary>
    private const double CentreTolerance = 1.5;

    /// <summary>
    /// The middle of a header whose cells Word centred in one tall row, or null: the cells no label is
    /// over sit inside the header, neither at its top nor at its bottom, all centred on its middle. There
    /// a row of sub-headers lies below the middle as its labels lie above it; a header centred on the
    /// middle is as tall as the whole header, heading no group ("Outtur" / "n Q3" beside a "DoT").
    /// </summary>
    private static double? CentredMiddle(List<HeaderCell> cells, List<HeaderCell> loose)
    {
        if (loose.Count < 2) return null;
        var (top, bottom) = (cells.Min(c => c.Top), cells.Max(c => c.Bottom));
        var middle = (top + bottom) / 2;
        var inside = loose.All(c => c.Top > top + 1.5 && c.Bottom < bottom - 1.5);
        return inside && loose.All(c => Math.Abs(c.Top + c.Bottom - 2 * middle) <= 3) ? middle : null;
    }

    /// <summary>Two cells on the same lines: the same top and bottom.</summary>
    private static bool SameLines(HeaderCell a, HeaderCell b) => Math.Abs(a.Top - b.Top) <= 1 && Math.Abs(a.Bottom - b.Bottom) <= 1;

    private static double Top(Chunk chunk) => chunk.Words.Min(w => w.Box.Top);

    private static bool Overlaps(HeaderCell a, HeaderCell b) => a.Left < b.Right && b.Left < a.Right;

    private sealed record HeaderCell(List<Chunk> Chunks, int First, int Last, double Top, double Bottom)
    {
        public double Left => Chunks.Min(c => c.Left);
        public double Right => Chunks.Max(c => c.Right);
        public double Centre => (Left + Right) / 2;
    }
}

/// <param name="LabelLines">The lines the labels are on, where the top row sits.</param>
/// <param name="TallColumns">Columns whose top-row cell is two rows tall: nothing of theirs is in the row below.</param>
/// <param name="BelowLines">The header's other lines, where the row below sits.</param>
/// <param name="Middle">Where the top row ends and the row below starts.</param>
internal sealed record HeaderSplit(
    List<ChunkedLine> LabelLines,
    List<Chunk> TopRow,
    Dictionary<Chunk, (int First, int Last)> Spans,
    HashSet<int> TallColumns,
    List<ChunkedLine> BelowLines,
    List<Chunk> BelowRow,
    double Middle);

/// <summary>A horizontal rule inside a header, at <paramref name="Position"/> from <paramref name="Start"/> to <paramref name="End"/>.</summary>
internal sealed record Underline(double Position, double Start, double End);
