using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>Ruling lines drawn in black on a test picture.</summary>
internal static class DrawnRules
{
    /// <summary>A line from <paramref name="from"/> to before <paramref name="to"/> along it, its first pixel row (or
    /// column) at <paramref name="at"/>.</summary>
    public static void Line(RasterImage image, int from, int to, int at, bool horizontal, int thickness = 2)
    {
        for (var p = from; p < to; p++)
            for (var t = 0; t < thickness; t++)
                if (horizontal) image.Set(p, at + t, 0, 0, 0);
                else image.Set(at + t, p, 0, 0, 0);
    }
}
