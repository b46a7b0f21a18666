using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>A filled rectangle in the page frame.</summary>
internal readonly record struct FrameFill(BoundingBox Box, string? Colour, int Order);

/// <summary>
/// What table finding needs of one page, in the upright page frame: text lines, ruling segments and
/// fills. The glyphs themselves are not kept, so a long document costs little memory per page.
/// </summary>
internal sealed record PageLayout(
    int Number,
    PageFrame Frame,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<FrameFill> Fills)
{
    /// <param name="area">Only what lies inside this box (page coordinates, from the top-left) is read.</param>
    public static PageLayout From(PageContent page, BoundingBox? area = null)
    {
        var frame = new PageFrame(page.Width, page.Height, page.Rotation);
        var content = area is null ? page : Clip(page, area);
        var segments = new List<Segment>(content.Rules.Count);
        foreach (var rule in content.Rules)
        {
            var (x1, y1) = frame.ToFrame(rule.X1, rule.Y1);
            var (x2, y2) = frame.ToFrame(rule.X2, rule.Y2);
            if (Math.Abs(y1 - y2) <= Math.Abs(x1 - x2))
                segments.Add(new Segment(true, (y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2), rule.Colour));
            else
                segments.Add(new Segment(false, (x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2), rule.Colour));
        }
        var fills = content.Fills.Select(f => new FrameFill(frame.ToFrame(f.Box), f.Colour, f.Order)).ToArray();
        return new PageLayout(page.Number, frame, LineBuilder.Build(content, frame), SegmentMerger.Merge(segments), fills);
    }

    private static PageContent Clip(PageContent page, BoundingBox area)
    {
        bool Inside(double x, double y) => x >= area.Left && x <= area.Right && y >= area.Top && y <= area.Bottom;
        var glyphs = page.Glyphs.Where(g => Inside(g.X + g.Advance / 2, g.Y - g.Size * 0.3)).ToArray();
        var rules = page.Rules
            .Select(r => ClipRule(r, area))
            .OfType<Rule>()
            .ToArray();
        var fills = page.Fills
            .Where(f => f.Box.Right > area.Left && f.Box.Left < area.Right && f.Box.Bottom > area.Top && f.Box.Top < area.Bottom)
            .Select(f => f with
            {
                Box = new BoundingBox(Math.Max(f.Box.Left, area.Left), Math.Max(f.Box.Top, area.Top),
                    Math.Min(f.Box.Right, area.Right), Math.Min(f.Box.Bottom, area.Bottom)),
            })
            .ToArray();
        return page with { Glyphs = glyphs, Rules = rules, Fills = fills };
    }

    private static Rule? ClipRule(Rule rule, BoundingBox area)
    {
        var (left, right) = (Math.Max(Math.Min(rule.X1, rule.X2), area.Left), Math.Min(Math.Max(rule.X1, rule.X2), area.Right));
        var (top, bottom) = (Math.Max(Math.Min(rule.Y1, rule.Y2), area.Top), Math.Min(Math.Max(rule.Y1, rule.Y2), area.Bottom));
        if (left > right || top > bottom) return null;
        return rule.IsHorizontal ? rule with { X1 = left, X2 = right } : rule.IsVertical ? rule with { Y1 = top, Y2 = bottom } : null;
    }
}
