using CorpusBuilder.Report;

namespace CorpusBuilder.RealKpi;

/// <summary>A KPI's chart as a picture: the Actual series as a solid line and, when there is one, the Target as a grey one.</summary>
internal static class LineChart
{
    public static byte[] Png(IReadOnlyList<decimal> actual, decimal? target, int width, int height)
    {
        var all = target is { } t ? actual.Append(t).ToList() : actual.ToList();
        var (min, max) = ((double)all.Min(), (double)all.Max());
        if (max - min < 1e-9) (min, max) = (min - 1, max + 1);
        const int margin = 8;
        double Y(double v) => height - margin - (v - min) / (max - min) * (height - 2 * margin);
        double SeriesAt(int x)
        {
            var pos = (double)(x - margin) / (width - 2 * margin) * (actual.Count - 1);
            var i = Math.Clamp((int)Math.Floor(pos), 0, actual.Count - 2);
            var f = pos - i;
            return Y((double)actual[i] * (1 - f) + (double)actual[i + 1] * f);
        }
        return PngImage.Encode(width, height, (x, y) =>
        {
            if (y == height - margin && x >= margin && x < width - margin) return ((byte)0x80, (byte)0x80, (byte)0x80);
            if (x < margin || x >= width - margin) return ((byte)0xFF, (byte)0xFF, (byte)0xFF);
            if (Math.Abs(y - SeriesAt(x)) < 1.6) return ((byte)0x1F, (byte)0x4E, (byte)0x79);
            if (target is { } goal && Math.Abs(y - Y((double)goal)) < 1.0 && x / 6 % 2 == 0) return ((byte)0xA0, (byte)0xA0, (byte)0xA0);
            return ((byte)0xFF, (byte)0xFF, (byte)0xFF);
        });
    }
}
