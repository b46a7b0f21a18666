using System.Globalization;
using System.Text;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>
/// Writes small PDFs by hand so a test states exactly what the page draws: text in the standard
/// Helvetica fonts, stroked lines, filled rectangles, page rotation. Coordinates are given from the
/// page's top-left corner (as the reader reports them) and turned into PDF's bottom-left space here.
/// </summary>
internal sealed class TinyPdf
{
    private readonly List<PageDraft> _pages = [];

    public PageDraft Page(double width = 595, double height = 842, int rotate = 0)
    {
        var page = new PageDraft(width, height, rotate);
        _pages.Add(page);
        return page;
    }

    public byte[] Build()
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // pages, filled below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings /Encoding /WinAnsiEncoding >>",
        };
        var kids = new List<string>();
        foreach (var page in _pages)
        {
            var images = new List<string>();
            foreach (var picture in page.Pictures)
            {
                var hex = Convert.ToHexString(picture.Rgb) + ">";
                objects.Add(string.Create(CultureInfo.InvariantCulture,
                    $"<< /Type /XObject /Subtype /Image /Width {picture.Width} /Height {picture.Height} /ColorSpace /DeviceRGB " +
                    $"/BitsPerComponent 8 /Filter /ASCIIHexDecode /Length {hex.Length} >>\nstream\n{hex}\nendstream"));
                images.Add($"/Im{images.Count} {objects.Count} 0 R");
            }
            var xobjects = images.Count > 0 ? $" /XObject << {string.Join(" ", images)} >>" : "";
            var content = page.Content();
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
            var contentId = objects.Count;
            objects.Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page.Width} {page.Height}] /Rotate {page.Rotate} " +
                $"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >>{xobjects} >> /Contents {contentId} 0 R >>"));
            kids.Add($"{objects.Count} 0 R");
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids)}] /Count {_pages.Count} >>";

        var output = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(output.ToString()));
            output.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(output.ToString());
        output.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) output.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        output.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(output.ToString());
    }

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, Build());
        return path;
    }

    internal sealed class PageDraft(double width, double height, int rotate)
    {
        private readonly StringBuilder _content = new();

        public double Width { get; } = width;
        public double Height { get; } = height;
        public int Rotate { get; } = rotate;

        /// <summary>Text with its baseline <paramref name="baseline"/> points below the top of the page.</summary>
        public PageDraft Text(double x, double baseline, string text, double size = 10, bool bold = false, string? rgb = null, int angle = 0)
        {
            var radians = angle * Math.PI / 180; // counter-clockwise, as PDF turns: 90 reads bottom to top
            var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
            Append($"BT {Colour(rgb, "rg")} /{(bold ? "F2" : "F1")} {N(size)} Tf {N(cos)} {N(sin)} {N(-sin)} {N(cos)} {N(x)} {N(Height - baseline)} Tm ({Escape(text)}) Tj ET");
            return this;
        }

        /// <summary>A glyph of the Wingdings symbol font (code 0x6C, "l", is the filled circle the RAG bullets use).</summary>
        public PageDraft Symbol(double x, double baseline, char code, double size = 10, string? rgb = null)
        {
            Append($"BT {Colour(rgb, "rg")} /F3 {N(size)} Tf {N(x)} {N(Height - baseline)} Td ({code}) Tj ET");
            return this;
        }

        /// <summary>Pictures drawn on the page, in the order of their /Im names.</summary>
        public List<(int Width, int Height, byte[] Rgb)> Pictures { get; } = [];

        /// <summary>A picture (8-bit RGB pixels, rows from the top) shown in the box given by its top-left corner and size.</summary>
        public PageDraft Picture(double left, double top, double width, double height, int pixelsWide, int pixelsHigh, byte[] rgb)
        {
            Append($"q {N(width)} 0 0 {N(height)} {N(left)} {N(Height - top - height)} cm /Im{Pictures.Count} Do Q");
            Pictures.Add((pixelsWide, pixelsHigh, rgb));
            return this;
        }

        /// <summary>A stroked straight line.</summary>
        public PageDraft Line(double x1, double y1, double x2, double y2, double width = 0.5, string? rgb = null)
        {
            Append($"{N(width)} w {Colour(rgb, "RG")} {N(x1)} {N(Height - y1)} m {N(x2)} {N(Height - y2)} l S");
            return this;
        }

        /// <summary>A filled rectangle given by its top-left corner and size.</summary>
        public PageDraft Fill(double left, double top, double width, double height, string rgb)
        {
            Append($"{Colour(rgb, "rg")} {N(left)} {N(Height - top - height)} {N(width)} {N(height)} re f");
            return this;
        }

        /// <summary>A filled polygon through points given from the top-left corner of the page.</summary>
        public PageDraft Polygon(IReadOnlyList<(double X, double Y)> points, string rgb)
        {
            var path = string.Join(" ", points.Select((p, i) => $"{N(p.X)} {N(Height - p.Y)} {(i == 0 ? "m" : "l")}"));
            Append($"{Colour(rgb, "rg")} {path} h f");
            return this;
        }

        public string Content() => _content.ToString();

        private void Append(string operators) => _content.Append(operators).Append('\n');

        private static string Colour(string? rgb, string op)
        {
            rgb ??= "000000";
            var r = Convert.ToInt32(rgb[..2], 16) / 255.0;
            var g = Convert.ToInt32(rgb[2..4], 16) / 255.0;
            var b = Convert.ToInt32(rgb[4..6], 16) / 255.0;
            return $"{N(r)} {N(g)} {N(b)} {op}";
        }

        private static string Escape(string text) =>
            text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

        private static string N(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
    }
}
