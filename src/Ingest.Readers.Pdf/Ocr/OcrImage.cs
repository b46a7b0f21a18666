namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// The grey picture Tesseract is given: ruling lines painted out (a line touching letters is read as
/// letters, and a table's lines make its layout analysis see one big block), and bright colour
/// painted white, since a red or green cell turns as dark as its text once the page is grey.
/// </summary>
internal static class OcrImage
{
    public static byte[] Prepare(RasterImage image, IReadOnlyList<PixelRule> rules)
    {
        var grey = new byte[image.Width * image.Height];
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            var (r, g, b) = image.Pixel(x, y);
            var max = Math.Max(r, Math.Max(g, b));
            var min = Math.Min(r, Math.Min(g, b));
            grey[y * image.Width + x] = max > 150 && max - min > 60 ? (byte)255 : (byte)image.Luma(x, y);
        }
        foreach (var rule in rules)
        {
            var half = rule.Thickness / 2 + 2;
            var centre = (int)Math.Round(rule.Across);
            for (var a = centre - half; a <= centre + half; a++)
            for (var p = rule.Start; p <= rule.End; p++)
            {
                var (x, y) = rule.Horizontal ? (p, a) : (a, p);
                if (x < 0 || y < 0 || x >= image.Width || y >= image.Height) continue;
                grey[y * image.Width + x] = 255;
            }
        }
        return grey;
    }
}
