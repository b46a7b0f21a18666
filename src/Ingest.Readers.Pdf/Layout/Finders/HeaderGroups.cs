namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// The top line of an unruled header that labels groups of columns ("Q3 2023/24" centred over
/// Performance | Target | RAG). With no rules to say how far a label reaches, its reach is read from
/// where it is printed: a label is centred over the columns it heads, and those columns have their own
/// headers only on the lines below. Such a header is two rows, the labels spanning their groups; any
/// other header is one row, its lines joined per column.
/// </summary>
internal static class HeaderGroups
{
    /// <summary>
    /// The header as two rows, or null when no label on the top line heads more than the columns it
    /// touches. The top row holds the group labels (each with the columns it spans) and, as cells two
    /// rows tall, the whole header of every column under no label; the row below holds the headers of
    /// the columns in groups. So a Word table's header with merged cells reads the same from its PDF.
    /// </summary>
    public static HeaderSplit? Split(
        List<ChunkedLine> lines, IReadOnlyList<double> edges, Func<Chunk, (int First, int Last)> columnsOf)
    {
        if (lines.Count < 2) return null;
        var ordered = lines.OrderBy(l => l.Line.Baseline).ToList();
        var (top, below) = (ordered[0], ordered.Skip(1).ToList());
        var columnCount = edges.Count - 1;
        var headedBelow = new bool[columnCount];
        foreach (var chunk in below.SelectMany(l => l.Chunks))
        {
            var (first, last) = columnsOf(chunk);
            for (var c = first; c <= last; c++) headedBelow[c] = true;
        }
        // Columns headed only below the top line: the ones a label on it may reach over. A header set in
        // the middle of a tall header row (Word's vertical centring) reaches up into the top line's band:
        // it heads its column alone.
        var reachesTop = new bool[columnCount];
        foreach (var chunk in top.Chunks.Concat(below.SelectMany(l => l.Chunks)))
        {
            if (chunk.Words.Min(w => w.Box.Top) >= top.Line.Box.Bottom - 0.5) continue;
            var (first, last) = columnsOf(chunk);
            for (var c = first; c <= last; c++) reachesTop[c] = true;
        }
        bool Open(int c) => headedBelow[c] && !reachesTop[c];

        var spans = new Dictionary<Chunk, (int First, int Last)>(ReferenceEqualityComparer.Instance);
        var claimed = new bool[columnCount];
        foreach (var chunk in top.Chunks)
        {
            var (first, last) = columnsOf(chunk);
            if (!Enumerable.Range(first, last - first + 1).All(c => headedBelow[c])) continue;
            var centre = (chunk.Left + chunk.Right) / 2;
            double Miss(int a, int b) => Math.Abs((edges[a] + edges[b + 1]) / 2 - centre);
            // Centred over the group to within a little of its width (column edges are only the middles of
            // the gutters between texts); a label centred over its middle column is centred over the
            // group too, and heads the widest group it is centred over.
            bool Centred(int a, int b) => Miss(a, b) <= 0.12 * (edges[b + 1] - edges[a]) + 2;
            var (bestFirst, bestLast) = (first, last);
            for (var a = first; a >= 0 && (a == first || Open(a)); a--)
                for (var b = last; b < columnCount && (b == last || Open(b)); b++)
                    if (Centred(a, b) && b - a > bestLast - bestFirst) (bestFirst, bestLast) = (a, b);
            if ((bestFirst, bestLast) == (first, last)) continue;
            for (var c = bestFirst; c <= bestLast; c++)
            {
                if (claimed[c]) return null; // two labels reaching over one column: no reading is sure
                claimed[c] = true;
            }
            spans[chunk] = (bestFirst, bestLast);
        }
        if (spans.Count == 0) return null;
        var tall = Enumerable.Range(0, columnCount).Where(c => !claimed[c]).ToHashSet();
        bool InTall(Chunk chunk) => !spans.ContainsKey(chunk) && tall.Contains(columnsOf(chunk).First);
        var topRow = top.Chunks.Where(c => spans.ContainsKey(c) || InTall(c))
            .Concat(below.SelectMany(l => l.Chunks).Where(InTall)).ToList();
        var belowRow = top.Chunks.Where(c => !spans.ContainsKey(c) && !InTall(c))
            .Concat(below.SelectMany(l => l.Chunks).Where(c => !InTall(c))).ToList();
        return new HeaderSplit(top, topRow, spans, tall, below, belowRow);
    }
}

/// <param name="TopLine">The header's first line, where the top row sits.</param>
/// <param name="TallColumns">Columns whose top-row cell is two rows tall: nothing of theirs is in the row below.</param>
/// <param name="BelowLines">The header's other lines, where the row below sits.</param>
internal sealed record HeaderSplit(
    ChunkedLine TopLine,
    List<Chunk> TopRow,
    Dictionary<Chunk, (int First, int Last)> Spans,
    HashSet<int> TallColumns,
    List<ChunkedLine> BelowLines,
    List<Chunk> BelowRow);
