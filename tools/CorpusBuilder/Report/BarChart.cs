namespace CorpusBuilder.Report;

/// <summary>A plain bar chart as a picture: one coloured bar per value on a white ground with a baseline.</summary>
internal static class BarChart
{
    public static ImageBlock Draw(IReadOnlyList<(int Value, string Colour)> bars, string description, int width = 480, int height = 200)
    {
        var max = Math.Max(1, bars.Max(b => b.Value));
        const int margin = 20;
        var slot = (width - 2 * margin) / bars.Count;
        var baseline = height - margin;
        var png = PngImage.Encode(width, height, (x, y) =>
        {
            if (y == baseline && x >= margin && x < width - margin) return ((byte)0x40, (byte)0x40, (byte)0x40);
            var i = (x - margin) / slot;
            if (x < margin || i >= bars.Count || y >= baseline) return ((byte)0xFF, (byte)0xFF, (byte)0xFF);
            var left = margin + i * slot + slot / 5;
            var right = margin + (i + 1) * slot - slot / 5;
            var top = baseline - (int)((long)(baseline - margin) * bars[i].Value / max);
            return x >= left && x < right && y >= top ? Rgb(bars[i].Colour) : ((byte)0xFF, (byte)0xFF, (byte)0xFF);
        });
        return new ImageBlock(png, width, height, description);
    }

    private static (byte, byte, byte) Rgb(string rrggbb) =>
        (Convert.ToByte(rrggbb[..2], 16), Convert.ToByte(rrggbb[2..4], 16), Convert.ToByte(rrggbb[4..], 16));
}
