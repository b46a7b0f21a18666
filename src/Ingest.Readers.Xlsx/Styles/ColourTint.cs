namespace Ingest.Readers.Xlsx.Styles;

/// <summary>
/// Applies a SpreadsheetML tint the way Excel does: the colour goes to hue-luminance-saturation on
/// Windows' integer 0..240 scale, the luminance moves toward black (tint &lt; 0) or white (tint &gt; 0),
/// and the colour comes back with the same integer rounding. Continuous HSL drifts from what Excel
/// shows by a step or two per channel on the theme's lighter and darker shades.
/// </summary>
internal static class ColourTint
{
    private const int HlsMax = 240;
    private const int RgbMax = 255;

    public static string Apply(string rrggbb, double tint)
    {
        if (tint == 0) return rrggbb;
        var (hue, luminance, saturation) = ToHls(HexColour.Channels(rrggbb));
        var tinted = tint < 0
            ? luminance * (1 + tint)
            : luminance * (1 - tint) + HlsMax * tint;
        var (r, g, b) = ToRgb(hue, (int)Math.Round(Math.Clamp(tinted, 0, HlsMax)), saturation);
        return HexColour.Of(r, g, b);
    }

    private static (int Hue, int Luminance, int Saturation) ToHls((int R, int G, int B) rgb)
    {
        var (r, g, b) = rgb;
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var sum = max + min;
        var luminance = (sum * HlsMax + RgbMax) / (2 * RgbMax);
        if (max == min) return (HlsMax * 2 / 3, luminance, 0);

        var range = max - min;
        var saturation = luminance <= HlsMax / 2
            ? (range * HlsMax + sum / 2) / sum
            : (range * HlsMax + (2 * RgbMax - sum) / 2) / (2 * RgbMax - sum);

        // Distance of each channel from the maximum, in sixths of the hue circle.
        int Delta(int channel) => ((max - channel) * (HlsMax / 6) + range / 2) / range;
        var hue = r == max ? Delta(b) - Delta(g)
            : g == max ? HlsMax / 3 + Delta(r) - Delta(b)
            : 2 * HlsMax / 3 + Delta(g) - Delta(r);
        if (hue < 0) hue += HlsMax;
        if (hue > HlsMax) hue -= HlsMax;
        return (hue, luminance, saturation);
    }

    private static (int R, int G, int B) ToRgb(int hue, int luminance, int saturation)
    {
        if (saturation == 0)
        {
            var grey = (luminance * RgbMax + HlsMax / 2) / HlsMax;
            return (grey, grey, grey);
        }
        var high = luminance <= HlsMax / 2
            ? (luminance * (HlsMax + saturation) + HlsMax / 2) / HlsMax
            : luminance + saturation - (luminance * saturation + HlsMax / 2) / HlsMax;
        var low = 2 * luminance - high;
        int Channel(int h) => (HueToLevel(low, high, h) * RgbMax + HlsMax / 2) / HlsMax;
        return (Channel(hue + HlsMax / 3), Channel(hue), Channel(hue - HlsMax / 3));
    }

    private static int HueToLevel(int low, int high, int hue)
    {
        if (hue < 0) hue += HlsMax;
        if (hue > HlsMax) hue -= HlsMax;
        const int sixth = HlsMax / 6;
        if (hue < sixth) return low + ((high - low) * hue + HlsMax / 12) / sixth;
        if (hue < HlsMax / 2) return high;
        if (hue < HlsMax * 2 / 3) return low + ((high - low) * (HlsMax * 2 / 3 - hue) + HlsMax / 12) / sixth;
        return low;
    }
}
