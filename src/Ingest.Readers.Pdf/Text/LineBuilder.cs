using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Text;

/// <summary>
/// Glyphs to words and lines, in the page frame. Text turned by a quarter within the frame (a vertical
/// label in a table header) is read in its own direction and kept as its own lines. Text drawn twice
/// at (almost) the same place, which is how some producers fake bold, is read once, as bold.
/// Small raised or lowered text (footnote markers, subscripts) joins the line it belongs to.
/// </summary>
internal static class LineBuilder
{
    /// <summary>A gap wider than this share of the font size separates words when no space glyph does.</summary>
    private const double WordGap = 0.18;

    /// <summary>Glyphs whose baselines differ by less than this share of the font size share a line.</summary>
    private const double BaselineTolerance = 0.3;

    public static IReadOnlyList<TextLine> Build(PageContent page, PageFrame frame)
    {
        var groups = new List<FrameGlyph>[4];
        groups[0] = new List<FrameGlyph>(page.Glyphs.Count);
        for (var i = 1; i < 4; i++) groups[i] = [];
        foreach (var glyph in page.Glyphs)
        {
            if (glyph.Text.Length == 0 || glyph.Size <= 0) continue;
            var angle = frame.ToFrameAngle(glyph.Angle);
            var quarter = (int)Math.Round(angle / 90) % 4;
            // Skewed text (a diagonal "DRAFT" watermark) belongs to no line or table.
            if (Math.Abs(angle - Math.Round(angle / 90) * 90) > 8) continue;
            var (x, y) = frame.ToFrame(glyph.X, glyph.Y);
            groups[quarter].Add(new FrameGlyph(Ligatures.Expand(glyph.Text), x, y, glyph.Advance, glyph.Size,
                glyph.Bold, glyph.Colour, string.IsNullOrWhiteSpace(glyph.Text)));
        }

        var lines = new List<TextLine>();
        for (var quarter = 0; quarter < 4; quarter++)
        {
            if (groups[quarter].Count == 0) continue;
            // Read turned text upright in its own frame, then place its boxes back in the page frame.
            var turn = new PageFrame(frame.Width, frame.Height, quarter * 90);
            var glyphs = quarter == 0 ? groups[0] : Turn(groups[quarter], turn);
            foreach (var line in BuildUpright(glyphs))
                lines.Add(quarter == 0 ? line : TurnBack(line, turn, quarter * 90));
        }
        return lines;
    }

    private static List<FrameGlyph> Turn(List<FrameGlyph> glyphs, PageFrame turn)
    {
        var turned = new List<FrameGlyph>(glyphs.Count);
        foreach (var g in glyphs)
        {
            var (x, y) = turn.ToFrame(g.X, g.Y);
            turned.Add(g with { X = x, Y = y });
        }
        return turned;
    }

    private static TextLine TurnBack(TextLine line, PageFrame turn, int angle)
    {
        var words = line.Words.Select(w => w with { Box = turn.ToPage(w.Box), Angle = angle }).ToArray();
        return new TextLine(words, turn.ToPage(line.Box), line.Baseline, line.Size, angle);
    }

    /// <summary>
    /// Drops glyphs drawn again within a fraction of the font size of an identical one on the same
    /// line, marking the kept one bold. The glyphs are sorted by x, so a copy is among the few before it.
    /// Only a glyph that advances is an overprint: a zero-advance one is part of the glyph before it.
    /// </summary>
    private static List<FrameGlyph> Deduplicate(List<FrameGlyph> sorted)
    {
        var kept = new List<FrameGlyph>(sorted.Count);
        foreach (var glyph in sorted)
        {
            var duplicate = false;
            if (!glyph.IsSpace && glyph.Advance > 0)
            {
                for (var back = kept.Count - 1; back >= 0 && back >= kept.Count - 6; back--)
                {
                    var other = kept[back];
                    if (glyph.X - other.X > 0.15 * glyph.Size) break;
                    if (other.Text == glyph.Text && Math.Abs(other.Y - glyph.Y) < 0.15 * glyph.Size)
                    {
                        kept[back] = other with { Bold = true };
                        duplicate = true;
                        break;
                    }
                }
            }
            if (!duplicate) kept.Add(glyph);
        }
        return kept;
    }

    private static IEnumerable<TextLine> BuildUpright(List<FrameGlyph> glyphs)
    {
        var clusters = ClusterByBaseline(glyphs);
        MergeRaisedAndLowered(clusters);
        foreach (var cluster in clusters)
        {
            if (cluster.Glyphs.Count == 0) continue;
            var line = ToLine(cluster);
            if (line is not null) yield return line;
        }
    }

    /// <summary>Glyphs sorted by baseline, cut where the baseline moves by more than the tolerance.</summary>
    private static List<Cluster> ClusterByBaseline(List<FrameGlyph> glyphs)
    {
        SortBy(glyphs, static g => g.Y);
        var clusters = new List<Cluster>();
        Cluster? current = null;
        foreach (var glyph in glyphs)
        {
            if (current is null || glyph.Y - current.FirstBaseline > BaselineTolerance * Math.Max(glyph.Size, current.Size))
            {
                current = new Cluster(glyph.Y, glyph.Size);
                clusters.Add(current);
            }
            current.Add(glyph);
        }
        return clusters;
    }

    /// <summary>
    /// A line of small glyphs just above or below a line of larger ones (a superscript footnote
    /// marker, a subscript) is part of that line, so "CO2" stays in its cell. The glyphs keep their
    /// own baseline, which tells a raised footnote marker apart when the line is read.
    /// </summary>
    private static void MergeRaisedAndLowered(List<Cluster> clusters)
    {
        for (var i = 0; i < clusters.Count; i++)
        {
            var small = clusters[i];
            if (small.Glyphs.Count == 0 || small.Glyphs.Count > 6) continue;
            var size = small.MedianSize();
            Cluster? host = null;
            foreach (var j in new[] { i - 1, i + 1 })
            {
                if (j < 0 || j >= clusters.Count || clusters[j].Glyphs.Count == 0) continue;
                var candidate = clusters[j];
                var hostSize = candidate.MedianSize();
                if (size < 0.85 * hostSize
                    && Math.Abs(small.Baseline() - candidate.Baseline()) < 0.6 * hostSize
                    && small.Glyphs.All(g => candidate.Touches(g, hostSize)))
                {
                    host = candidate;
                    break;
                }
            }
            if (host is null) continue;
            foreach (var glyph in small.Glyphs) host.Add(glyph);
            small.Glyphs.Clear();
        }
    }

    private static TextLine? ToLine(Cluster cluster)
    {
        SortBy(cluster.Glyphs, static g => g.X);
        var glyphs = Deduplicate(cluster.Glyphs);
        var size = cluster.MedianSize();
        var baseline = cluster.Baseline();
        var words = new List<Word>();
        var pending = new List<FrameGlyph>();
        var text = new System.Text.StringBuilder();
        var spaceBefore = true;
        FrameGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                Flush();
                spaceBefore = true;
                previous = glyph;
                continue;
            }
            if (previous is { } p && !p.IsSpace && pending.Count > 0)
            {
                var gap = glyph.X - (p.X + p.Advance);
                var scale = Math.Min(p.Size, glyph.Size);
                if (gap > WordGap * scale || gap < -0.5 * scale)
                {
                    Flush();
                    spaceBefore = true;
                }
                else if (p.Bold != glyph.Bold || p.Colour != glyph.Colour || Raised(p) != Raised(glyph))
                {
                    Flush();
                    spaceBefore = false;
                }
            }
            pending.Add(glyph);
            previous = glyph;
        }
        Flush();
        if (words.Count == 0) return null;
        var box = words.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
        return new TextLine(words, box, baseline, size, 0);

        // Small and raised: a superscript.
        bool Raised(FrameGlyph g) => g.Size < 0.8 * size && g.Y < baseline - 0.15 * size;

        void Flush()
        {
            if (pending.Count == 0) return;
            // A footnote reference ("year¹") is not part of the text: Word keeps footnote references
            // out of it too, and "collected in year1" would not match the indicator's name.
            if (!spaceBefore && words.Count > 0 && pending.All(g => Raised(g) && IsFootnoteMark(g.Text)))
            {
                pending.Clear();
                return;
            }
            text.Clear();
            var wordSize = 0.0;
            var left = pending[0].X;
            var right = left;
            var bold = true;
            foreach (var g in pending)
            {
                text.Append(g.Text);
                wordSize = Math.Max(wordSize, g.Size);
                right = Math.Max(right, g.X + g.Advance);
                bold &= g.Bold;
            }
            var box = new BoundingBox(left, baseline - 0.8 * size, Math.Max(right, left + 0.1), baseline + 0.22 * size);
            words.Add(new Word(text.ToString(), box, baseline, wordSize, bold, pending[0].Colour, 0,
                Glued: !spaceBefore && words.Count > 0));
            pending.Clear();
            spaceBefore = false;
        }
    }

    /// <summary>
    /// Sorts by a number. Glyph structs are large, so positions are sorted on primitive keys (the
    /// fastest sort there is) and the glyphs moved once; a tiny share of the drawing order is added to
    /// each key so that ties (the pieces of a ligature share a position) keep that order.
    /// </summary>
    private static void SortBy(List<FrameGlyph> glyphs, Func<FrameGlyph, double> key)
    {
        var count = glyphs.Count;
        var keys = new double[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = key(glyphs[i]) + i * 1e-9;
            order[i] = i;
        }
        Array.Sort(keys, order);
        var copy = glyphs.ToArray();
        for (var i = 0; i < count; i++) glyphs[i] = copy[order[i]];
    }

    private static bool IsFootnoteMark(string text) => text.All(c => char.IsDigit(c) || c is '*' or '†' or '‡' or '§' or ',');

    private readonly record struct FrameGlyph(string Text, double X, double Y, double Advance, double Size, bool Bold,
        string? Colour, bool IsSpace);

    private sealed class Cluster(double firstBaseline, double size)
    {
        public double FirstBaseline { get; } = firstBaseline;
        public double Size { get; private set; } = size;
        public List<FrameGlyph> Glyphs { get; } = [];
        private double _left = double.MaxValue;
        private double _right = double.MinValue;

        public void Add(FrameGlyph glyph)
        {
            _median = null;
            _baseline = null;
            Glyphs.Add(glyph);
            Size = Math.Max(Size, glyph.Size);
            _left = Math.Min(_left, glyph.X);
            _right = Math.Max(_right, glyph.X + glyph.Advance);
        }

        /// <summary>Within a font size of the line's ends or inside them.</summary>
        public bool Touches(FrameGlyph glyph, double size) => glyph.X >= _left - size && glyph.X <= _right + size;

        public double MedianSize()
        {
            if (_median is { } known) return known;
            var sizes = new List<double>(Glyphs.Count);
            foreach (var g in Glyphs)
                if (!g.IsSpace) sizes.Add(g.Size);
            sizes.Sort();
            _median = sizes.Count == 0 ? Size : sizes[sizes.Count / 2];
            return _median.Value;
        }

        /// <summary>The baseline of the line's main text: the median baseline of its larger glyphs.</summary>
        public double Baseline()
        {
            if (_baseline is { } known) return known;
            var size = MedianSize();
            var main = new List<double>(Glyphs.Count);
            foreach (var g in Glyphs)
                if (!g.IsSpace && g.Size >= 0.85 * size) main.Add(g.Y);
            main.Sort();
            _baseline = main.Count == 0 ? FirstBaseline : main[main.Count / 2];
            return _baseline.Value;
        }

        private double? _median;
        private double? _baseline;
    }
}
