using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Ruling lines of a scanned table: long thin runs of dark pixels, horizontal and vertical. Letters
/// have no stroke this long, so what is left after the runs are found is text. Short breaks from
/// blur or JPEG noise are bridged.
/// </summary>
internal static class ImageRules
{
    /// <summary>Below this brightness a pixel is ink.</summary>
    public const int Ink = 150;

    /// <summary>Gaps in a line up to this many pixels are noise, not an end.</summary>
    private const int Bridge = 3;

    /// <summary>A run thicker than this is a filled block, not a rule.</summary>
    private const int MaxThickness = 10;

    /// <summary>A dark run in one pixel row (or column).</summary>
    private readonly record struct Run(int Across, int Start, int End);

    /// <summary>Rules in pixels: horizontal ones first, then vertical ones.</summary>
    /// <param name="minHorizontalLength">Horizontal runs must be longer: the bars of letters side by side on one
    /// text line ("ee" of "Seekers", blurred together) make a horizontal run of a word's width, which
    /// would be painted out of the text it crosses. Null for the same as <paramref name="minLength"/>.</param>
    /// <param name="minClosedLength">A vertical run this long or longer, though shorter than
    /// <paramref name="minLength"/>, is a rule when both its ends meet horizontal rules: the side of a cell in a
    /// one-line header row ("Tgt | Outturn | RAG status" under their period) is shorter than a letter-proof rule,
    /// and a letter's stem never spans from rule to rule. Null for none.</param>
    /// <param name="maxCoveredGap">Pixels: a paper gap at most this long in a rule that runs, like the table's other
    /// rules, from one side of the table to the other is covered, not a gap (<see cref="SpanCovered"/>). Null for none.</param>
    /// <param name="luma">The brightness the rules are found on, a byte a pixel row by row, when not the picture's own
    /// (dark fills made paper, <see cref="FillPaper"/>).</param>
    public static IReadOnlyList<PixelRule> Find(RasterImage image, int minLength, int? minHorizontalLength = null, int? minClosedLength = null,
        int? maxCoveredGap = null, byte[]? luma = null)
    {
        var plane = new Plane(luma ?? image.LumaPlane, image.Width, image.Height);
        var found = Absorb(Merge(Runs(plane, horizontal: true, Math.Max(minLength, minHorizontalLength ?? minLength)), horizontal: true).ToList());
        var horizontal = Rejoin(plane, Absorb([.. found.Select(r => Extend(plane, r))]).ToList()).ToList();
        if (maxCoveredGap is { } gap) horizontal = SpanCovered(horizontal, gap);
        var shortest = Math.Min(minLength, minClosedLength ?? minLength);
        var vertical = Absorb(Merge(Runs(plane, horizontal: false, shortest), horizontal: false).ToList())
            .Where(r => r.End - r.Start + 1 >= minLength || Closed(r, horizontal));
        return [.. horizontal, .. vertical];
    }

    /// <summary>Both ends of a vertical run lie on horizontal rules that pass where it stands.</summary>
    private static bool Closed(PixelRule vertical, List<PixelRule> horizontal)
    {
        bool Meets(int end) => horizontal.Any(h => Math.Abs(h.Across - end) <= h.Thickness / 2.0 + Bridge
                                                    && vertical.Across >= h.Start - Bridge && vertical.Across <= h.End + Bridge);
        return Meets(vertical.Start) && Meets(vertical.End);
    }

    private readonly record struct Plane(byte[] Luma, int Width, int Height)
    {
        public int this[int x, int y] => Luma[y * Width + x];
    }

    private static List<Run> Runs(Plane image, bool horizontal, int minLength)
    {
        var runs = new List<Run>();
        var lines = horizontal ? image.Height : image.Width;
        var length = horizontal ? image.Width : image.Height;
        for (var a = 0; a < lines; a++)
        {
            var start = -1;
            var lastInk = -1;
            for (var p = 0; p <= length; p++)
            {
                var ink = p < length && (horizontal ? image[p, a] : image[a, p]) < Ink;
                if (ink)
                {
                    if (start < 0) start = p;
                    lastInk = p;
                    continue;
                }
                if (start >= 0 && (p - lastInk > Bridge || p == length))
                {
                    if (lastInk - start + 1 >= minLength) runs.Add(new Run(a, start, lastInk));
                    start = -1;
                }
            }
        }
        return runs;
    }

    /// <summary>Runs in neighbouring rows that overlap are one line of some thickness.</summary>
    private static IEnumerable<PixelRule> Merge(List<Run> runs, bool horizontal)
    {
        var open = new List<(int First, int Last, int Start, int End)>();
        var done = new List<(int First, int Last, int Start, int End)>();
        foreach (var group in runs.GroupBy(r => r.Across).OrderBy(g => g.Key))
        {
            var next = new List<(int First, int Last, int Start, int End)>();
            foreach (var run in group)
            {
                var joined = false;
                for (var i = 0; i < open.Count; i++)
                {
                    var o = open[i];
                    if (o.Last >= run.Across - 1 && SameLine(o.Start, o.End, run.Start, run.End))
                    {
                        open.RemoveAt(i);
                        next.Add((o.First, run.Across, Math.Min(o.Start, run.Start), Math.Max(o.End, run.End)));
                        joined = true;
                        break;
                    }
                }
                if (!joined) next.Add((run.Across, run.Across, run.Start, run.End));
            }
            done.AddRange(open);
            open = next;
        }
        done.AddRange(open);
        foreach (var (first, last, start, end) in done)
        {
            var thickness = last - first + 1;
            if (thickness > MaxThickness) continue;
            yield return new PixelRule(horizontal, (first + last) / 2.0, start, end, thickness);
        }
    }

    /// <summary>
    /// Pieces of a line's blurred edge rows, read as short lines of their own beside it: a line that
    /// is not quite level after straightening leaves such a staircase. They are dropped.
    /// </summary>
    internal static IEnumerable<PixelRule> Absorb(List<PixelRule> rules)
    {
        var byLength = rules.OrderByDescending(r => r.End - r.Start).ToList();
        var kept = new List<PixelRule>();
        foreach (var rule in byLength)
        {
            var within = kept.FindIndex(k => Math.Abs(k.Across - rule.Across) <= k.Thickness / 2.0 + rule.Thickness / 2.0 + 1.5
                                             && rule.Start >= k.Start - Bridge && rule.End <= k.End + Bridge);
            // A piece as long as half the line is the line in other rows: the line covers them too. Painted out for
            // Tesseract by the kept rule's rows alone, the rest stayed a faint dotted line read as junk ("EE", "mw")
            // that took the digits touching it (seed 8282's Hartlepool). A short piece is a blurred edge's fragment:
            // covering it too painted out the tail of a "Q4" standing on a group's underline (Enfield), read "04".
            if (within < 0) kept.Add(rule);
            else if (2 * (rule.End - rule.Start) >= kept[within].End - kept[within].Start) kept[within] = Covering(kept[within], rule);
        }
        return kept.OrderBy(r => r.Across).ThenBy(r => r.Start);
    }

    /// <summary><paramref name="line"/> as thick as both its rows and <paramref name="piece"/>'s take.</summary>
    private static PixelRule Covering(PixelRule line, PixelRule piece)
    {
        var first = Math.Min(line.Across - (line.Thickness - 1) / 2.0, piece.Across - (piece.Thickness - 1) / 2.0);
        var last = Math.Max(line.Across + (line.Thickness - 1) / 2.0, piece.Across + (piece.Thickness - 1) / 2.0);
        return line with { Across = (first + last) / 2, Thickness = (int)Math.Round(last - first) + 1 };
    }

    /// <summary>Pixels either side of a line's row searched for its ink across a break.</summary>
    private const int BreakReach = 3;

    /// <summary>Share of a break's columns that must hold ink near the line for the break to be the line's.</summary>
    private const double BreakInk = 0.8;

    /// <summary>
    /// Pieces of one horizontal line with a break between them that is ink all the way, a pixel or two off the line's
    /// row: a line not quite level after straightening steps a row where a glyph touches it, and the short step is
    /// no run of its own (seed 7171's Luton: the rule under a row broken where the next row's arrow touches it, so the
    /// two rows were read as one). A break that is paper is a real gap (between the underlines of column groups).
    /// Pieces that overlap, their rows touching, are one line that steps a row with no break at all (seed 8282's
    /// Thanet: a table's bottom rule read as two such pieces spanned the table in neither, so the rules above it,
    /// cut by the arrows stacked in the trend column, were not seen to be covered and four rows were read as one).
    /// </summary>
    private static IEnumerable<PixelRule> Rejoin(Plane image, List<PixelRule> rules)
    {
        var result = new List<PixelRule>();
        foreach (var rule in rules.OrderBy(r => r.Start))
        {
            var index = result.FindIndex(r => Math.Abs(r.Across - rule.Across) <= BreakReach
                                              && (r.End < rule.Start ? InkedBreak(image, r, rule) : Steps(r, rule)));
            if (index < 0)
            {
                result.Add(rule);
                continue;
            }
            var left = result[index];
            result[index] = left.End < rule.Start
                ? left with { End = rule.End, Thickness = Math.Max(left.Thickness, rule.Thickness) }
                : Covering(left, rule) with { End = rule.End };
        }
        return result.OrderBy(r => r.Across).ThenBy(r => r.Start);
    }

    /// <summary>
    /// A line's ends traced on through its own rows and the row either side, over gaps of noise: where a line not quite
    /// level after straightening steps a row, and JPEG noise breaks each of its rows in turn, the end pieces are too
    /// short to be runs of their own, and the line stopped short of its table's side (seed 8282's Hartlepool, a
    /// greyscale scan: two row rules 50 and 200 pixels short did not span the table, and two pairs of rows were read
    /// as one).
    /// </summary>
    private static PixelRule Extend(Plane image, PixelRule rule)
    {
        var top = Math.Max(0, (int)Math.Floor(rule.Across - (rule.Thickness - 1) / 2.0) - 1);
        var bottom = Math.Min(image.Height - 1, (int)Math.Ceiling(rule.Across + (rule.Thickness - 1) / 2.0) + 1);
        int Reach(int from, int step)
        {
            var last = from;
            for (var x = from + step; x >= 0 && x < image.Width && Math.Abs(x - last) <= Bridge + 1; x += step)
                for (var y = top; y <= bottom; y++)
                {
                    if (image[x, y] >= Ink) continue;
                    last = x;
                    break;
                }
            return last;
        }
        return rule with { Start = Reach(rule.Start, -1), End = Reach(rule.End, 1) };
    }

    /// <summary>A piece starting within <paramref name="left"/> and running on past it, in rows that touch it.</summary>
    private static bool Steps(PixelRule left, PixelRule rule) =>
        rule.End > left.End && Math.Abs(left.Across - rule.Across) <= (left.Thickness + rule.Thickness) / 2.0 + 1;

    /// <summary>
    /// Pieces of one row rule with a short paper gap between them, which together run from side to side of a table
    /// whose rules above and below them run whole between the same sides: a picture's white ground laid over the rule
    /// (an arrow image in a direction-of-travel cell, seed 2121's City of Edinburgh) hides a stretch of it, and the
    /// rows it parts were read as one. The underlines of column groups have gaps too, but start past the table's
    /// first column.
    /// </summary>
    private static List<PixelRule> SpanCovered(List<PixelRule> rules, int maxGap)
    {
        var result = rules.ToList();
        // The table's rules above and below it: tables side by side under a wider one have only that one above.
        bool Spans(double across, int start, int end)
        {
            var whole = result.Where(r => r.End - r.Start > end - start - 2 * EdgeSlack
                                          && Math.Abs(r.Start - start) <= EdgeSlack && Math.Abs(r.End - end) <= EdgeSlack).ToList();
            return whole.Any(r => r.Across < across) && whole.Any(r => r.Across > across);
        }
        bool merged;
        do
        {
            merged = false;
            foreach (var left in result.OrderBy(r => r.Start))
            {
                var chain = new List<PixelRule> { left };
                foreach (var next in result.Where(r => Math.Abs(r.Across - left.Across) <= BreakReach && r.Start > left.End).OrderBy(r => r.Start))
                    if (next.Start > chain[^1].End && next.Start - chain[^1].End - 1 <= maxGap) chain.Add(next);
                var last = Enumerable.Range(1, chain.Count - 1).Reverse().FirstOrDefault(k => Spans(left.Across, left.Start, chain[k].End));
                if (last == 0) continue;
                result[result.IndexOf(left)] = left with { End = chain[last].End, Thickness = chain.Take(last + 1).Max(r => r.Thickness) };
                foreach (var piece in chain.Skip(1).Take(last)) result.Remove(piece);
                merged = true;
                break;
            }
        }
        while (merged);
        return [.. result.OrderBy(r => r.Across).ThenBy(r => r.Start)];
    }

    /// <summary>Pixels within which two rules start (or end) at the same side of a table.</summary>
    private const int EdgeSlack = 2 * Bridge;

    private static bool InkedBreak(Plane image, PixelRule left, PixelRule right)
    {
        var row = (int)Math.Round((left.Across + right.Across) / 2);
        var inked = 0;
        for (var x = left.End + 1; x < right.Start; x++)
        {
            for (var y = Math.Max(0, row - BreakReach); y <= Math.Min(image.Height - 1, row + BreakReach); y++)
            {
                if (image[x, y] >= Ink) continue;
                inked++;
                break;
            }
        }
        return inked >= BreakInk * (right.Start - left.End - 1);
    }

    /// <summary>
    /// Runs in neighbouring rows are one line when they cover mostly the same stretch. Mere overlap is
    /// not enough: a rule touching a dark block (a red RAG cell, a bold heading) would join the block's
    /// rows, and the whole would be dropped as too thick, losing the rule.
    /// </summary>
    private static bool SameLine(int start, int end, int otherStart, int otherEnd)
    {
        var overlap = Math.Min(end, otherEnd) - Math.Max(start, otherStart) + 1;
        var longer = Math.Max(end - start, otherEnd - otherStart) + 1;
        return overlap >= longer / 2;
    }
}

/// <summary>A ruling line in pixels: at <see cref="Across"/> (y for horizontal), from Start to End along it.</summary>
internal sealed record PixelRule(bool Horizontal, double Across, int Start, int End, int Thickness)
{
    public Rule ToRule(double scale) => Horizontal
        ? new Rule(Start * scale, Across * scale, (End + 1) * scale, Across * scale, Thickness * scale, null)
        : new Rule(Across * scale, Start * scale, Across * scale, (End + 1) * scale, Thickness * scale, null);
}
