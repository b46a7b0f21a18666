using System.Globalization;
using System.Text;

namespace Ingest.Testing;

/// <summary>A one-page PDF that is nothing but an RGB picture filling the page: a scan without scanning's noise.</summary>
public static class ImageOnlyPdf
{
    /// <param name="rgb">Width x height pixels, three bytes each, top row first.</param>
    public static byte[] Build(int width, int height, byte[] rgb, double pageWidth, double pageHeight)
    {
        var content = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"q {pageWidth:0.###} 0 0 {pageHeight:0.###} 0 0 cm /Im1 Do Q"));
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Ascii(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string dictionary, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Ascii(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{dictionary}\n"));
            if (stream is not null)
            {
                Ascii("stream\n");
                pdf.Write(stream);
                Ascii("\nendstream\n");
            }
            Ascii("endobj\n");
        }
        Ascii("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pageWidth:0.###} {pageHeight:0.###}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>"));
        Object(string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length {rgb.Length} >>"), rgb);
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>"), content);
        var xref = pdf.Position;
        Ascii(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets) Ascii(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        Ascii(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
