using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Collects one page's drawing as an engine reads it, and decides the same way for every engine what
/// is a ruling line, what is shading and which way the page's text runs.
/// </summary>
internal sealed class PageContentBuilder(int number, double width, double height, double originX, double originY)
{
    /// <summary>A filled rectangle thinner than this (points) is drawn as a line: Word's borders.</summary>
    public const double ThinRect = 2.5;

    public IReadOnlyList<Glyph> Glyphs => _glyphs;
    public int ImageCount { get; set; }
    public double OriginX { get; } = originX;
    public double OriginY { get; } = originY;

    private readonly List<Glyph> _glyphs = [];
    private readonly List<Rule> _rules = [];
    private readonly List<FilledRect> _fills = [];

    /// <summary>
    /// Adds a glyph, folding a zero-advance glyph drawn at the previous glyph's origin into that glyph.
    /// MuPDF reports a ligature ("fi" from Word or LibreOffice with DejaVu or Calibri) as its first letter
    /// carrying the whole advance, then the other letters with advance 0 at the same point; kept apart,
    /// they read "Benef i t", and the second f of "ff" looks like an overprint and is dropped. Combining
    /// accents arrive the same way and belong to their letter too.
    /// </summary>
    public void AddGlyph(Glyph glyph)
    {
        if (_glyphs.Count > 0 && glyph.Advance == 0 && !string.IsNullOrWhiteSpace(glyph.Text))
        {
            var previous = _glyphs[^1];
            var tolerance = 0.05 * Math.Max(1, glyph.Size);
            if (previous.Advance > 0 && previous.Visible == glyph.Visible && !string.IsNullOrWhiteSpace(previous.Text)
                && Math.Abs(previous.X - glyph.X) < tolerance && Math.Abs(previous.Y - glyph.Y) < tolerance)
            {
                _glyphs[^1] = previous with { Text = previous.Text + glyph.Text };
                return;
            }
        }
        _glyphs.Add(glyph);
    }

    /// <summary>
    /// The small filled shapes of a path that stand for a character (a drawn arrow, a round RAG dot), as
    /// glyphs of that character in the shape's colour, sitting on the shape's bottom edge: a printed Word
    /// document draws its inline shapes this way, with no character behind them.
    /// </summary>
    public void AddMarks(PathCollector path, string colour)
    {
        foreach (var (box, text) in path.Marks()) AddMark(box, text, colour == "000000" ? null : colour);
    }

    /// <summary>
    /// A small picture that stands for a character (an arrow or RAG dot pasted as an image), as the glyph
    /// <see cref="PictureMarks"/> reads in it, over the part of the picture its ink covers.
    /// </summary>
    public void AddPicture(BoundingBox picture, Func<Ocr.RasterImage?> pixels)
    {
        if (picture.Width is < MarkMin or > MarkMax || picture.Height is < MarkMin or > MarkMax) return;
        if (pixels() is not { } image || PictureMarks.Read(image) is not { } mark) return;
        var box = new BoundingBox(picture.Left + mark.Left * picture.Width, picture.Top + mark.Top * picture.Height,
            picture.Left + mark.Right * picture.Width, picture.Top + mark.Bottom * picture.Height);
        AddMark(box, mark.Text, mark.Colour);
    }

    /// <summary>A picture is read as a mark when it is at least this big and at most this big (points) each way.</summary>
    private const double MarkMin = 3, MarkMax = 24;

    private void AddMark(BoundingBox box, string text, string? colour) =>
        _glyphs.Add(new Glyph(text, box.Left - OriginX, box.Bottom - OriginY, box.Width, box.Height, DrawnMarkFont,
            Bold: false, colour, Angle: 0));

    /// <summary>The font name of glyphs made from drawn shapes and pictures.</summary>
    public const string DrawnMarkFont = "drawn-mark";

    public void AddRule(Rule rule)
    {
        if (rule.IsHorizontal || rule.IsVertical) _rules.Add(rule);
    }

    /// <summary>
    /// A thin filled rectangle is a ruling line (Word's PDF export draws every border as one), its
    /// centre line kept; any other rectangle is shading.
    /// </summary>
    public void AddFill(BoundingBox box, string? colour)
    {
        var thin = Math.Min(box.Width, box.Height);
        var length = Math.Max(box.Width, box.Height);
        if (thin <= ThinRect)
        {
            if (length < 2 * thin || length < 1) return;
            if (box.Width >= box.Height)
            {
                var y = (box.Top + box.Bottom) / 2;
                _rules.Add(new Rule(box.Left, y, box.Right, y, thin, colour));
            }
            else
            {
                var x = (box.Left + box.Right) / 2;
                _rules.Add(new Rule(x, box.Top, x, box.Bottom, thin, colour));
            }
            return;
        }
        _fills.Add(new FilledRect(box, colour, _fills.Count));
    }

    public PageContent Build() =>
        new(number, width, height, DominantRotation(), _glyphs.ToArray(), _rules.ToArray(), _fills.ToArray(), ImageCount);

    /// <summary>The quarter turn most of the visible text is drawn at.</summary>
    private int DominantRotation()
    {
        Span<int> counts = stackalloc int[4];
        foreach (var glyph in _glyphs)
        {
            if (!glyph.Visible || string.IsNullOrWhiteSpace(glyph.Text)) continue;
            var quarter = (int)Math.Round(glyph.Angle / 90) % 4;
            if (Math.Abs(glyph.Angle - Math.Round(glyph.Angle / 90) * 90) < 5) counts[quarter]++;
        }
        var best = 0;
        for (var i = 1; i < 4; i++)
            if (counts[i] > counts[best]) best = i;
        return best * 90;
    }
}
