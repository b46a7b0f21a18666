using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// One PdfPig page as the engine-neutral page content: the same coordinates as MuPDF's (points from the
/// top-left corner of the page as displayed, its /Rotate applied), glyphs with their baseline origin,
/// advance, size, font and colour, and paths through the same rule and fill decisions.
/// </summary>
internal static class PdfPigPage
{
    public static PageContent Convert(Page page, SymbolFontResolver? symbols)
    {
        var frame = new DisplayFrame(page);
        var builder = new PageContentBuilder(page.Number, frame.Width, frame.Height, 0, 0);
        var previousAngle = 0.0;
        foreach (var letter in page.Letters)
        {
            if (letter.RenderingMode == TextRenderingMode.NeitherClip) continue;
            var font = FontNames.WithoutSubsetTag(letter.FontName ?? "");
            var text = GlyphText(letter.Value, font, symbols);
            if (text is null) continue;
            var (x, y) = frame.ToDisplay(letter.StartBaseLine);
            var (endX, endY) = frame.ToDisplay(letter.EndBaseLine);
            var advance = Math.Sqrt((endX - x) * (endX - x) + (endY - y) * (endY - y));
            var angle = advance > 1e-6 ? Angle(endX - x, endY - y) : BaselineAngle(letter, frame) ?? previousAngle;
            previousAngle = angle;
            var stroked = letter.RenderingMode is TextRenderingMode.Stroke or TextRenderingMode.FillThenStroke
                or TextRenderingMode.StrokeClip or TextRenderingMode.FillThenStrokeClip;
            var colour = Hex(letter.Color);
            builder.AddGlyph(new Glyph(text, x, y, advance, letter.PointSize, font, FontNames.IsBold(font) || stroked,
                colour is "000000" ? null : colour, angle, letter.RenderingMode != TextRenderingMode.Neither));
        }
        foreach (var path in page.Paths) AddPath(builder, path, frame);
        builder.ImageCount = page.NumberOfImages;
        if (page.NumberOfImages > 0)
            foreach (var image in page.GetImages()) AddPicture(builder, image, frame, page.Rotation.Value);
        return builder.Build();
    }

    private static void AddPath(PageContentBuilder builder, PdfPath path, DisplayFrame frame)
    {
        if (path.IsClipping || (!path.IsFilled && !path.IsStroked)) return;
        var collector = new PathCollector();
        foreach (var subpath in path)
        {
            foreach (var command in subpath.Commands)
            {
                switch (command)
                {
                    case PdfSubpath.Move move:
                        collector.MoveTo(frame.ToDisplay(move.Location));
                        break;
                    case PdfSubpath.Line line:
                        collector.LineTo(frame.ToDisplay(line.To));
                        break;
                    case PdfSubpath.BezierCurve curve:
                        collector.CurveTo(frame.ToDisplay(curve.EndPoint));
                        break;
                    case PdfSubpath.Close:
                        collector.Close();
                        break;
                }
            }
        }
        // A path drawn before any colour is set is black, the graphics state's default.
        if (path.IsFilled)
        {
            var colour = Hex(path.FillColor) ?? "000000";
            foreach (var rect in collector.Rectangles())
                builder.AddFill(new BoundingBox(rect.Left, rect.Top, rect.Right, rect.Bottom), colour);
            builder.AddMarks(collector, colour);
        }
        if (path.IsStroked)
        {
            var colour = Hex(path.StrokeColor) ?? "000000";
            foreach (var (a, b) in collector.StraightSegments())
                builder.AddRule(new Rule(a.X, a.Y, b.X, b.Y, path.LineWidth, colour));
        }
    }

    /// <summary>
    /// The picture's box on the displayed page; its pixels are decoded only when it is small enough to be a
    /// mark, and turned as the page is, so that an up arrow on a page shown a quarter turn round points left.
    /// </summary>
    private static void AddPicture(PageContentBuilder builder, IPdfImage image, DisplayFrame frame, int rotation)
    {
        var bounds = image.BoundingBox;
        var corners = new[] { bounds.BottomLeft, bounds.BottomRight, bounds.TopLeft, bounds.TopRight }.Select(frame.ToDisplay).ToList();
        var box = new BoundingBox(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        builder.AddPicture(box, () => image.TryGetPng(out var png) ? PngPixels.Decode(png)?.TurnedClockwise(rotation) : null);
    }

    /// <summary>
    /// The glyph's text: PdfPig gives a ligature as one letter with its whole text ("fi"), and a glyph
    /// with no Unicode as an empty string, which MuPDF calls U+FFFD. Symbol fonts' codes are translated
    /// when the font is known, as for MuPDF.
    /// </summary>
    private static string? GlyphText(string? value, string font, SymbolFontResolver? symbols)
    {
        if (value is null) return null;
        if (value.Length == 0) return "\uFFFD";
        var first = value[0];
        if (symbols is not null && value.Length == 1 && (first is >= '\uF000' and <= '\uF0FF' || first < '\u0100')
            && symbols.IsSymbolFont(font))
            return symbols.Map(font, first) ?? value;
        return value;
    }

    /// <summary>The direction of a zero-width glyph's baseline, from its box's bottom edge.</summary>
    private static double? BaselineAngle(Letter letter, DisplayFrame frame)
    {
        var (x1, y1) = frame.ToDisplay(letter.BoundingBox.BottomLeft);
        var (x2, y2) = frame.ToDisplay(letter.BoundingBox.BottomRight);
        return Math.Abs(x2 - x1) + Math.Abs(y2 - y1) > 1e-6 ? Angle(x2 - x1, y2 - y1) : null;
    }

    private static double Angle(double dx, double dy)
    {
        var degrees = Math.Atan2(dy, dx) * 180 / Math.PI;
        if (Math.Abs(degrees) < 1e-9) return 0;
        return degrees < 0 ? degrees + 360 : degrees;
    }

    /// <summary>RRGGBB; null where PdfPig has no plain colour (a pattern, a separation it cannot convert).</summary>
    private static string? Hex(IColor? colour)
    {
        if (colour is null) return null;
        try
        {
            var (r, g, b) = colour.ToRGBValues();
            return ColourHex.FromRgb(r, g, b);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or NotImplementedException or ArgumentException)
        {
            return null;
        }
    }
}
