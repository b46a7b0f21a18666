using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Finds column boundaries that a word gap alone does not show, from text edges aligned across rows
/// (Nurminen's idea, as in Tabula and Camelot): in "Austria 86.2 13.8 0 3,375" the numbers are one
/// space apart, yet each is its own cell because the rows below put their right edges on the same
/// lines. A gutter is an x range that no line of a run of lines inks; it separates columns when the
/// words on one side of it end (or start) on one line in most of the rows it splits. Lines are then
/// cut into more chunks at those gutters, and the stream finder builds its columns from the chunks.
/// </summary>
internal static class AlignedColumns
{
    public static List<ChunkedLine> Split(List<ChunkedLine> lines, StreamOptions options)
    {
        var result = lines.ToList();
        var start = 0;
        while (start < lines.Count)
        {
            var end = start;
            if (IsCandidate(lines[start], options))
                while (end + 1 < lines.Count && IsCandidate(lines[end + 1], options) && Connected(lines[end].Line, lines[end + 1].Line, options)) end++;
            var count = end - start + 1;
            if (IsCandidate(lines[start], options) && count >= options.MinimumRows)
            {
                // A sentence at either end of the run (a key printed right above the table, a note under it)
                // holds figures enough to join the run, but is not a row: the gutters are found without it,
                // and it stays whole when its words run across them.
                var (first, last) = (start, end);
                while (last - first + 1 > options.MinimumRows && IsProse(lines[first], options)) first++;
                while (last - first + 1 > options.MinimumRows && IsProse(lines[last], options)) last--;
                var gutters = Gutters(lines.GetRange(first, last - first + 1), options);
                if (gutters.Count > 0)
                {
                    // A bold line (a header) may be cut where its words meet a gutter, unless its text runs
                    // across one (a title, a section heading): that stays whole.
                    for (var i = start; i <= end; i++)
                    {
                        if ((i < first || i > last) && SpansGutter(lines[i], gutters)) continue;
                        if (Cut(lines[i], gutters, lines[i].Line.IsBold) is { } cut && !(lines[i].Line.IsBold && SpansGutter(cut, gutters))) result[i] = cut;
                    }
                    // So may a header line just above the run; a key or a sentence printed right above it may not.
                    for (var i = start - 1; i >= 0 && start - i <= options.HeaderLines && Connected(lines[i].Line, lines[i + 1].Line, options); i--)
                        if (!IsProse(lines[i], options) && Cut(lines[i], gutters, permissive: true) is { } header && !SpansGutter(header, gutters)) result[i] = header;
                }
            }
            start = end + 1;
        }
        return result;
    }

    /// <summary>Lines of two or more words that are not running prose.</summary>
    private static bool IsCandidate(ChunkedLine line, StreamOptions options)
    {
        var words = line.Line.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count < 2) return false;
        var numbers = words.Count(w => Chunk.NumberLike(w.Text));
        return words.Count < options.ProseWords || numbers >= 2;
    }

    /// <summary>Many words at ordinary spacing, or a full stop after a few: a sentence (a key's "within 5% ... more than 5%" too), which gutters do not cut.</summary>
    private static bool IsProse(ChunkedLine line, StreamOptions options)
    {
        if (line.Chunks.Count != 1) return false;
        var words = line.Line.Words.Count(w => !string.IsNullOrWhiteSpace(w.Text));
        // "Performance to the end of December 2021.": a short sentence is one too.
        return words >= options.ProseWords || words >= 4 && line.Line.Text.TrimEnd().EndsWith('.');
    }

    /// <summary>Close lines of about one size: a title in a larger font is not the table's first row.</summary>
    private static bool Connected(TextLine above, TextLine below, StreamOptions options) =>
        below.Box.Top - above.Box.Bottom <= options.RunGap * Math.Max(above.Size, below.Size) && below.Baseline > above.Baseline
        && Math.Max(above.Size, below.Size) <= 1.2 * Math.Min(above.Size, below.Size);

    /// <summary>
    /// Gutters of the run that aligned edges support. Bold lines (headers, section titles, totals)
    /// are left out of the search when enough plain rows remain: a header word is often wider than its
    /// figures and a section title runs across columns, and neither says where the columns are.
    /// </summary>
    private static List<(double Left, double Right)> Gutters(List<ChunkedLine> run, StreamOptions options)
    {
        var plain = run.Where(l => !l.Line.IsBold).ToList();
        var profile = (plain.Count >= options.MinimumRows ? plain : run)
            .Select(l => l.Line.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList()).ToList();
        var size = run.Select(l => l.Line.Size).Order().ElementAt(run.Count / 2);
        var candidates = Uninked(profile).Where(g => g.Right - g.Left >= 0.15 * size).ToList();
        var accepted = new List<(double, double)>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var (left, right) = candidates[k];
            var next = k + 1 < candidates.Count ? candidates[k + 1].Left : double.MaxValue;
            var before = new List<Word>();
            var after = new List<Word>();
            var columnAfter = new List<(double Right, bool Number)>();
            foreach (var line in profile)
            {
                var last = line.Where(w => w.Box.Right <= left + 0.01).MaxBy(w => w.Box.Right);
                var following = line.Where(w => w.Box.Left >= right - 0.01 && w.Box.Right <= next + 0.01).ToList();
                if (last is null || following.Count == 0 || following[0].Glued) continue;
                before.Add(last);
                after.Add(following[0]);
                columnAfter.Add((following[^1].Box.Right, following.Count == 1 && Figure.IsMatch(following[0].Text)));
            }
            var split = before.Count;
            if (split < options.MinimumRows) continue;
            var needed = Math.Max(options.MinimumRows, options.EdgeSupport * split);
            var tolerance = options.EdgeTolerance;
            // A right-aligned column ends on the gutter, a left-aligned one starts on it, and a column of
            // figures right-aligned further on (widths differ, so their starts do not line up) ends on one line.
            var supported = before.Count(w => Math.Abs(w.Box.Right - left) <= tolerance) >= needed
                            || after.Count(w => Math.Abs(w.Box.Left - right) <= tolerance) >= needed
                            || columnAfter.Count(c => c.Number) >= needed
                               && LargestCluster(columnAfter.Where(c => c.Number).Select(c => c.Right), tolerance) >= needed;
            // A phrase repeated down a column ("Not started", "Not known") aligns too, but one side never
            // varies; a column of one figure repeated (every target 8.5) is still a column.
            var varies = Varies(before) && Varies(after);
            // Words that happen to end on one line inside names ("Percentage" and "Number of" in Liberation Serif,
            // seed 3535's Havering): the name runs on past the gutter in lower case, as no cell starts.
            var runsOn = before.Zip(after).Count(p => char.IsLetter(p.First.Text[^1]) && char.IsLower(p.Second.Text[0]));
            if (supported && varies && runsOn < options.PhraseShare * split) accepted.Add((left, right));
        }
        return accepted;
    }

    /// <summary>A figure as tables print it: signed, bracketed, with thousands commas, a currency or a percent sign.</summary>
    private static readonly System.Text.RegularExpressions.Regex Figure = new(@"^[(+\-\u2212\u2013£$€]*\d[\d.,]*(%|k|m|bn)?\)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static bool Varies(List<Word> words) =>
        words.Select(w => w.Text).Distinct().Count() > 1 || words.All(w => Figure.IsMatch(w.Text));

    private static int LargestCluster(IEnumerable<double> edges, double tolerance)
    {
        var sorted = edges.Order().ToList();
        var best = 0;
        for (int i = 0, j = 0; j < sorted.Count; j++)
        {
            while (sorted[j] - sorted[i] > 2 * tolerance) i++;
            best = Math.Max(best, j - i + 1);
        }
        return best;
    }

    private static bool SpansGutter(ChunkedLine line, List<(double Left, double Right)> gutters) =>
        line.Chunks.Any(c => gutters.Any(g => c.Left < g.Left && c.Right > g.Right));

    /// <summary>Maximal x ranges between the lines' first and last ink that no line inks.</summary>
    private static List<(double Left, double Right)> Uninked(List<List<Word>> lines)
    {
        var events = new List<(double X, int Delta)>();
        foreach (var line in lines)
            foreach (var word in line)
            {
                events.Add((word.Box.Left, 1));
                events.Add((word.Box.Right, -1));
            }
        events.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : b.Delta.CompareTo(a.Delta));
        var gutters = new List<(double, double)>();
        var depth = 0;
        double? open = null;
        var started = false;
        foreach (var (x, delta) in events)
        {
            depth += delta;
            if (depth > 0)
            {
                if (open is not null && started) gutters.Add((open.Value, x));
                open = null;
                started = true;
            }
            else if (open is null && started) open = x;
        }
        return gutters;
    }

    /// <summary>
    /// The line with its chunks cut where a gutter falls between two of their words, or null when no
    /// cut falls. A plain line is cut only where the gap between its words holds the whole gutter; a
    /// bold one (a header, whose words may be wider than the figures under them) where the gap meets
    /// it, as long as no piece is left wholly inside a gutter: a centred "Target 2023/24" reaches into
    /// the gutter before its figures and is one cell, a right-aligned "Days lost" is cut from the
    /// "Directorate" before it.
    /// </summary>
    private static ChunkedLine? Cut(ChunkedLine line, List<(double Left, double Right)> gutters, bool permissive)
    {
        var pieces = new List<(List<Word> Words, bool CutBefore)>();
        foreach (var chunk in line.Chunks)
        {
            var current = new List<Word>();
            var cutBefore = false;
            foreach (var word in chunk.Words)
            {
                if (current.Count > 0 && !word.Glued && gutters.Any(g => Falls(current[^1], word, g, permissive)))
                {
                    pieces.Add((current, cutBefore));
                    current = [];
                    cutBefore = true;
                }
                current.Add(word);
            }
            if (current.Count > 0) pieces.Add((current, cutBefore));
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!gutters.Any(g => Inside(pieces[i].Words, g))) continue;
            // The joined piece may still lie in the gutter ("-" then "2020/21" of a centred "Q3 - 2020/21"):
            // it is looked at again.
            if (i + 1 < pieces.Count && pieces[i + 1].CutBefore)
            {
                pieces[i] = ([.. pieces[i].Words, .. pieces[i + 1].Words], pieces[i].CutBefore);
                pieces.RemoveAt(i + 1);
                i--;
            }
            else if (pieces[i].CutBefore)
            {
                pieces[i - 1] = ([.. pieces[i - 1].Words, .. pieces[i].Words], pieces[i - 1].CutBefore);
                pieces.RemoveAt(i);
                i -= 2;
            }
        }
        return pieces.Count == line.Chunks.Count ? null : line with { Chunks = pieces.Select(p => new Chunk(p.Words)).ToList() };
    }

    private static bool Falls(Word before, Word after, (double Left, double Right) gutter, bool permissive) => permissive
        ? before.Box.Right < gutter.Right && after.Box.Left > gutter.Left
        : before.Box.Right <= gutter.Left + 0.01 && after.Box.Left >= gutter.Right - 0.01;

    private static bool Inside(List<Word> words, (double Left, double Right) gutter) =>
        words[0].Box.Left >= gutter.Left - 0.01 && words[^1].Box.Right <= gutter.Right + 0.01;
}
