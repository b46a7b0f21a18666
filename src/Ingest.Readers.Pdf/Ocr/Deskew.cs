using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Straightens a scan: a page fed through a scanner slightly askew turns every table row into a slope,
/// which would cut ruling lines and text lines apart. The angle is the one at which the dark pixels'
/// row profile is sharpest (text lines and rules line up), searched coarse then fine.
/// </summary>
internal static class Deskew
{
    private const int Step = 4;
    private const double MaxDegrees = 3;

    /// <summary>The page's skew in degrees (positive: turned clockwise), 0 when none can be told.</summary>
    public static double FindAngle(RasterImage image)
    {
        var (xs, ys) = (new List<double>(), new List<double>());
        // Every pixel row, not every Step-th: rows sampled at the bins' own spacing alias at 0 degrees
        // (each sampled row falls in one bin exactly, or two rows share a bin), a false peak that wins.
        var rgb = image.Rgb;
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x += Step)
        {
            // Straight from the channels: a quarter of the pixels, where the whole luma plane would be thrown away
            // once the page is turned.
            var i = (y * image.Width + x) * 3;
            if ((rgb[i] * 299 + rgb[i + 1] * 587 + rgb[i + 2] * 114) / 1000 >= 128) continue;
            xs.Add(x - image.Width / 2.0);
            ys.Add(y - image.Height / 2.0);
        }
        if (xs.Count < 200) return 0;
        var points = (X: xs.ToArray(), Y: ys.ToArray());

        var best = 0.0;
        var bestScore = Score(points, 0, image);
        for (var a = -MaxDegrees; a <= MaxDegrees + 1e-9; a += 0.1) Try(a);
        var coarse = best;
        for (var a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.01) Try(a);
        return Math.Abs(best) < 0.02 ? 0 : best;

        void Try(double degrees)
        {
            var score = Score(points, degrees, image);
            if (score > bestScore)
            {
                bestScore = score;
                best = degrees;
            }
        }
    }

    /// <summary>The picture turned back by <paramref name="degrees"/>, new corners white.</summary>
    public static RasterImage Rotate(RasterImage image, double degrees)
    {
        if (degrees == 0) return image;
        // Not blanked first: every pixel is written below, the new corners white.
        var result = new RasterImage(image.Width, image.Height, new byte[image.Rgb.Length]);
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var cx = image.Width / 2.0;
        var cy = image.Height / 2.0;
        // Each column's share of the source position, worked out once, added in the same order as the whole sum was.
        var columnX = new double[image.Width];
        var columnY = new double[image.Width];
        for (var x = 0; x < image.Width; x++)
        {
            var dx = x - cx;
            columnX[x] = cx + dx * cos;
            columnY[x] = cy + dx * sin;
        }
        var target = result.Rgb;
        for (var y = 0; y < image.Height; y++)
        {
            var dy = y - cy;
            var (rowX, rowY) = (dy * sin, dy * cos);
            var row = y * image.Width;
            for (var x = 0; x < image.Width; x++)
                Copy(image, target, row + x, (int)Math.Round(columnX[x] - rowX), (int)Math.Round(columnY[x] + rowY));
        }
        return result;
    }

    /// <summary>The straightened pixel <paramref name="pixel"/> takes the colour of the one at (sx, sy), white off the page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(RasterImage image, byte[] target, int pixel, int sx, int sy)
    {
        var d = pixel * 3;
        if (sx < 0 || sy < 0 || sx >= image.Width || sy >= image.Height)
        {
            target[d] = target[d + 1] = target[d + 2] = 255;
            return;
        }
        var s = (sy * image.Width + sx) * 3;
        var source = image.Rgb;
        target[d] = source[s];
        target[d + 1] = source[s + 1];
        target[d + 2] = source[s + 2];
    }

    /// <summary>Sum of squared row counts after turning the points back by the angle: high when rows are sharp.</summary>
    private static double Score((double[] X, double[] Y) points, double degrees, RasterImage image)
    {
        var (sin, cos) = Math.SinCos(-degrees * Math.PI / 180);
        var bins = new int[(image.Height + image.Width) / Step + 2];
        var offset = bins.Length / 2;
        var (xs, ys) = points;
        var i = 0;
        // Four points at a time: the same multiplications, sum, division and rounding to even as one at a time, so
        // the same rows; the page's dark points are counted some 80 times over.
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= xs.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var rows = Vector256.Round((Vector256.Create(xs, i) * sin + Vector256.Create(ys, i) * cos) / Step);
                for (var k = 0; k < Vector256<double>.Count; k++) Count((int)rows.GetElement(k));
            }
        }
        for (; i < xs.Length; i++) Count((int)Math.Round((xs[i] * sin + ys[i] * cos) / Step));
        double sum = 0;
        foreach (var b in bins) sum += (double)b * b;
        return sum;

        void Count(int row)
        {
            row += offset;
            if (row >= 0 && row < bins.Length) bins[row]++;
        }
    }
}
