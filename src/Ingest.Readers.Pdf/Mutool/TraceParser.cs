using System.Globalization;
using System.Xml;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Reads the XML of <c>mutool trace</c> as it streams, one page at a time: glyphs with their
/// positions, sizes, fonts and colours; straight stroked segments and thin filled rectangles as
/// rules; filled rectangles with their colour. Nothing of a page is kept once it has been returned.
/// </summary>
internal sealed class TraceParser
{
    /// <summary>A filled rectangle thinner than this (points) is drawn as a line: Word's borders.</summary>
    public const double ThinRect = 2.5;

    private readonly XmlReader _xml;
    private readonly SymbolFontResolver? _symbols;
    private readonly Dictionary<string, (string Name, bool Bold, bool Symbol)> _fonts = new(StringComparer.Ordinal);

    public TraceParser(TextReader trace, SymbolFontResolver? symbols = null)
    {
        _symbols = symbols;
        _xml = XmlReader.Create(trace, new XmlReaderSettings
        {
            // mutool writes font names and text as the PDF has them: control characters included.
            CheckCharacters = false,
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            ConformanceLevel = ConformanceLevel.Document,
        });
    }

    public IEnumerable<PageContent> Pages(CancellationToken cancellationToken)
    {
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.Name == "page")
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return ReadPage();
            }
        }
    }

    private PageContent ReadPage()
    {
        var number = (int)Numbers.Parse(_xml.GetAttribute("number"), 0);
        Span<double> box = stackalloc double[4];
        var (width, height) = Numbers.ParseList(_xml.GetAttribute("mediabox"), box) == 4
            ? (box[2] - box[0], box[3] - box[1])
            : (0, 0);
        var page = new PageBuilder(number, Math.Abs(width), Math.Abs(height), box[0], box[1]);
        if (_xml.IsEmptyElement) return page.Build();
        var depth = _xml.Depth;
        while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType != XmlNodeType.Element) continue;
            switch (_xml.Name)
            {
                case "fill_text":
                case "stroke_text":
                case "ignore_text":
                    ReadText(page, _xml.Name);
                    break;
                case "fill_path":
                case "stroke_path":
                    ReadPath(page, _xml.Name == "stroke_path");
                    break;
                case "fill_image":
                case "fill_image_mask":
                case "fill_shade":
                    page.ImageCount++;
                    break;
            }
        }
        return page.Build();
    }

    private void ReadText(PageBuilder page, string kind)
    {
        var ctm = Affine.Parse(_xml.GetAttribute("transform") ?? _xml.GetAttribute("matrix"));
        var colour = TraceColour.ToHex(_xml.GetAttribute("colorspace"), _xml.GetAttribute("color"));
        var alpha = Numbers.Parse(_xml.GetAttribute("alpha"), 1);
        var visible = kind != "ignore_text" && alpha > 0.05;
        var stroked = kind == "stroke_text";
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;

        var font = ("", false, false);
        var matrix = ctm;
        var size = 0.0;
        var angle = 0.0;
        var advanceScale = 0.0;
        while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType != XmlNodeType.Element) continue;
            if (_xml.Name == "span")
            {
                font = Font(_xml.GetAttribute("font") ?? "");
                var trm = Affine.Parse(_xml.GetAttribute("trm"));
                matrix = new Affine(trm.A, trm.B, trm.C, trm.D, 0, 0).Then(new Affine(ctm.A, ctm.B, ctm.C, ctm.D, 0, 0));
                size = Math.Sqrt(matrix.C * matrix.C + matrix.D * matrix.D);
                advanceScale = Math.Sqrt(matrix.A * matrix.A + matrix.B * matrix.B);
                angle = Angle(matrix.A, matrix.B);
            }
            else if (_xml.Name == "g")
            {
                var text = GlyphText(_xml.GetAttribute("unicode"), font.Item1, font.Item3);
                if (text is null) continue;
                var (x, y) = ctm.Apply(Numbers.Parse(_xml.GetAttribute("x")), Numbers.Parse(_xml.GetAttribute("y")));
                var advance = Numbers.Parse(_xml.GetAttribute("adv"), 0.5) * advanceScale;
                page.Glyphs.Add(new Glyph(text, x - page.OriginX, y - page.OriginY, advance, size, font.Item1,
                    font.Item2 || stroked, TraceColour.IsBlack(colour) ? null : colour, angle, visible));
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

    private void ReadPath(PageBuilder page, bool stroke)
    {
        var ctm = Affine.Parse(_xml.GetAttribute("transform") ?? _xml.GetAttribute("matrix"));
        var colour = TraceColour.ToHex(_xml.GetAttribute("colorspace"), _xml.GetAttribute("color"));
        var alpha = Numbers.Parse(_xml.GetAttribute("alpha"), 1);
        var lineWidth = Numbers.Parse(_xml.GetAttribute("linewidth"), 1);
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        var path = new PathCollector();
        while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType != XmlNodeType.Element) continue;
            switch (_xml.Name)
            {
                case "moveto":
                    path.MoveTo(Point(ctm, "x", "y"));
                    break;
                case "lineto":
                    path.LineTo(Point(ctm, "x", "y"));
                    break;
                case "curveto":
                    path.CurveTo(Point(ctm, "x3", "y3"));
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
        {
            var box = new BoundingBox(rect.Left - page.OriginX, rect.Top - page.OriginY, rect.Right - page.OriginX, rect.Bottom - page.OriginY);
            page.AddFill(box, colour);
        }
    }

    private (double X, double Y) Point(Affine ctm, string xName, string yName) =>
        ctm.Apply(Numbers.Parse(_xml.GetAttribute(xName)), Numbers.Parse(_xml.GetAttribute(yName)));

    private static double Angle(double dx, double dy)
    {
        var degrees = Math.Atan2(dy, dx) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }
}
