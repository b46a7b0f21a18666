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

    public List<Glyph> Glyphs { get; } = [];
    public int ImageCount { get; set; }
    public double OriginX { get; } = originX;
    public double OriginY { get; } = originY;

    private readonly List<Rule> _rules = [];
    private readonly List<FilledRect> _fills = [];

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
        new(number, width, height, DominantRotation(), Glyphs.ToArray(), _rules.ToArray(), _fills.ToArray(), ImageCount);

    /// <summary>The quarter turn most of the visible text is drawn at.</summary>
    private int DominantRotation()
    {
        Span<int> counts = stackalloc int[4];
        foreach (var glyph in Glyphs)
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
