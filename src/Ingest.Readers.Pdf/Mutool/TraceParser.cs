using System.Globalization;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Reads the output of <c>mutool trace</c> as it streams, one page at a time: glyphs with their
/// positions, sizes, fonts and colours; straight stroked segments and thin filled rectangles as
/// rules; filled rectangles with their colour. Nothing of a page is kept once it has been returned.
/// </summary>
internal sealed class TraceParser
{
    private readonly TraceScanner _tags;
    private readonly SymbolFontResolver? _symbols;
    private readonly MutoolPictures? _pictures;
    private readonly Dictionary<string, (string Name, bool Bold, bool Symbol)> _fonts = new(StringComparer.Ordinal);

    public TraceParser(Stream trace, SymbolFontResolver? symbols = null, MutoolPictures? pictures = null)
    {
        _tags = new TraceScanner(trace);
        _symbols = symbols;
        _pictures = pictures;
    }

    /// <exception cref="InvalidDataException">The output is not a complete trace (mutool stopped early).</exception>
    public IEnumerable<PageContent> Pages(CancellationToken cancellationToken)
    {
        var ended = false;
        var started = false;
        while (_tags.Next())
        {
            if (_tags.Name == "document")
            {
                if (_tags.IsEnd) ended = true;
                else started = true;
            }
            else if (_tags.Name == "page" && !_tags.IsEnd)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return ReadPage();
            }
        }
        if (!started || !ended) throw new InvalidDataException("mutool's output ended before the document did");
    }

    private PageContent ReadPage()
    {
        var number = (int)_tags.Number("number"u8);
        Span<double> box = stackalloc double[4];
        var (width, height, x0, y0) = _tags.Numbers("mediabox"u8, box) == 4
            ? (box[2] - box[0], box[3] - box[1], box[0], box[1])
            : (0.0, 0.0, 0.0, 0.0);
        var page = new PageContentBuilder(number, Math.Abs(width), Math.Abs(height), x0, y0);
        if (_tags.IsEmpty) return page.Build();
        var pictures = 0;
        while (_tags.Next())
        {
            if (_tags.IsEnd)
            {
                if (_tags.Name == "page") break;
                continue;
            }
            switch (_tags.Name)
            {
                case "fill_text":
                case "stroke_text":
                case "ignore_text":
                    if (!_tags.IsEmpty) ReadText(page, _tags.Name);
                    break;
                case "fill_path":
                case "stroke_path":
                    if (!_tags.IsEmpty) ReadPath(page, _tags.Name == "stroke_path");
                    break;
                case "fill_image":
                    ReadPicture(page, number, pictures++);
                    break;
                case "fill_image_mask":
                case "fill_shade":
                    page.ImageCount++;
                    break;
            }
        }
        return page.Build();
    }

    /// <summary>
    /// A picture fills the unit square under its transform, whose first row runs along the picture's top row of
    /// pixels; its pixels are turned to stand as the picture is shown.
    /// </summary>
    private void ReadPicture(PageContentBuilder page, int number, int ordinal)
    {
        page.ImageCount++;
        if (_pictures is null) return;
        var ctm = Transform();
        var corners = new[] { ctm.Apply(0, 0), ctm.Apply(1, 0), ctm.Apply(0, 1), ctm.Apply(1, 1) };
        var box = new BoundingBox(corners.Min(c => c.X) - page.OriginX, corners.Min(c => c.Y) - page.OriginY,
            corners.Max(c => c.X) - page.OriginX, corners.Max(c => c.Y) - page.OriginY);
        if (QuarterTurns(ctm) is not { } turn) return;
        var pictures = _pictures;
        page.AddPicture(box, () => pictures.Pixels(number, ordinal)?.TurnedClockwise(turn));
    }

    /// <summary>Clockwise degrees the picture is turned by; null when it is mirrored or slanted, which no mark is.</summary>
    private static int? QuarterTurns(Affine m)
    {
        var scale = Math.Max(Math.Max(Math.Abs(m.A), Math.Abs(m.B)), Math.Max(Math.Abs(m.C), Math.Abs(m.D)));
        int Sign(double v) => Math.Abs(v) <= 1e-6 * scale ? 0 : Math.Sign(v);
        return (Sign(m.A), Sign(m.B), Sign(m.C), Sign(m.D)) switch
        {
            (1, 0, 0, 1) => 0,
            (0, 1, -1, 0) => 90,
            (-1, 0, 0, -1) => 180,
            (0, -1, 1, 0) => 270,
            _ => null,
        };
    }

    private Affine Transform()
    {
        Span<double> m = stackalloc double[6];
        var count = _tags.Numbers("transform"u8, m);
        if (count <= 0) count = _tags.Numbers("matrix"u8, m);
        return count == 6 ? new Affine(m[0], m[1], m[2], m[3], m[4], m[5]) : Affine.Identity;
    }

    private string? Colour()
    {
        Span<double> c = stackalloc double[4];
        var space = _tags.Text("colorspace"u8);
        return space is null ? null : TraceColour.ToHex(space, c[..Math.Max(0, _tags.Numbers("color"u8, c))]);
    }

    private void ReadText(PageContentBuilder page, string kind)
    {
        var ctm = Transform();
        var colour = Colour();
        var alpha = _tags.Number("alpha"u8, 1);
        var visible = kind != "ignore_text" && alpha > 0.05;
        var stroked = kind == "stroke_text";
        var shownColour = TraceColour.IsBlack(colour) ? null : colour;

        var font = ("", false, false);
        var size = 0.0;
        var angle = 0.0;
        var advanceScale = 0.0;
        Span<double> trm = stackalloc double[4];
        while (_tags.Next())
        {
            if (_tags.IsEnd)
            {
                if (_tags.Name == kind) return;
                continue;
            }
            if (_tags.Name == "g")
            {
                var text = GlyphText(_tags.Text("unicode"u8), font.Item1, font.Item3);
                if (text is null) continue;
                var (x, y) = ctm.Apply(_tags.Number("x"u8), _tags.Number("y"u8));
                var advance = _tags.Number("adv"u8, 0.5) * advanceScale;
                page.AddGlyph(new Glyph(text, x - page.OriginX, y - page.OriginY, advance, size, font.Item1,
                    font.Item2 || stroked, shownColour, angle, visible));
            }
            else if (_tags.Name == "span")
            {
                font = Font(_tags.Text("font"u8) ?? "");
                var matrix = _tags.Numbers("trm"u8, trm) == 4
                    ? new Affine(trm[0], trm[1], trm[2], trm[3], 0, 0).Then(new Affine(ctm.A, ctm.B, ctm.C, ctm.D, 0, 0))
                    : new Affine(ctm.A, ctm.B, ctm.C, ctm.D, 0, 0);
                size = Math.Sqrt(matrix.C * matrix.C + matrix.D * matrix.D);
                advanceScale = Math.Sqrt(matrix.A * matrix.A + matrix.B * matrix.B);
                angle = Angle(matrix.A, matrix.B);
            }
        }
    }

    private (string, bool, bool) Font(string raw)
    {
        if (_fonts.TryGetValue(raw, out var known)) return known;
        var name = FontNames.WithoutSubsetTag(raw);
        var font = (name, FontNames.IsBold(name), _symbols?.IsSymbolFont(name) ?? false);
        _fonts[raw] = font;
        return font;
    }

    /// <summary>
    /// The glyph's text. mutool writes the character itself, XML-escaped, or "U+XXXX" for ones it
    /// would not print; a glyph without Unicode ("-1") becomes U+FFFD. Symbol fonts' private-use codes
    /// are translated when the font is known.
    /// </summary>
    private string? GlyphText(string? unicode, string font, bool symbolFont)
    {
        if (string.IsNullOrEmpty(unicode)) return null;
        if (unicode == "-1") return "\uFFFD";
        if (unicode.Length > 2 && unicode.StartsWith("U+", StringComparison.Ordinal)
            && int.TryParse(unicode.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            unicode = code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
        var first = unicode[0];
        if (symbolFont && unicode.Length == 1 && (first is >= '\uF000' and <= '\uF0FF' || first < '\u0100'))
            return _symbols!.Map(font, first) ?? unicode;
        return unicode;
    }

    private void ReadPath(PageContentBuilder page, bool stroke)
    {
        var kind = stroke ? "stroke_path" : "fill_path";
        var ctm = Transform();
        var colour = Colour();
        var alpha = _tags.Number("alpha"u8, 1);
        var lineWidth = _tags.Number("linewidth"u8, 1);
        var path = new PathCollector();
        while (_tags.Next())
        {
            if (_tags.IsEnd)
            {
                if (_tags.Name == kind) break;
                continue;
            }
            switch (_tags.Name)
            {
                case "moveto":
                    path.MoveTo(ctm.Apply(_tags.Number("x"u8), _tags.Number("y"u8)));
                    break;
                case "lineto":
                    path.LineTo(ctm.Apply(_tags.Number("x"u8), _tags.Number("y"u8)));
                    break;
                case "curveto":
                    path.CurveTo(ctm.Apply(_tags.Number("x3"u8), _tags.Number("y3"u8)));
                    break;
                case "closepath":
                    path.Close();
                    break;
            }
        }
        if (alpha < 0.05) return;
        if (stroke)
        {
            // The stroke width scales with the transformation; a uniform scale is all tables use.
            var width = lineWidth * Math.Sqrt(Math.Abs(ctm.A * ctm.D - ctm.B * ctm.C));
            foreach (var (a, b) in path.StraightSegments())
                page.AddRule(new Rule(a.X - page.OriginX, a.Y - page.OriginY, b.X - page.OriginX, b.Y - page.OriginY, width, colour));
            return;
        }
        foreach (var rect in path.Rectangles())
            page.AddFill(new BoundingBox(rect.Left - page.OriginX, rect.Top - page.OriginY, rect.Right - page.OriginX, rect.Bottom - page.OriginY), colour);
        page.AddMarks(path, colour ?? "000000");
    }

    private static double Angle(double dx, double dy)
    {
        var degrees = Math.Atan2(dy, dx) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }
}
