using System.Globalization;

namespace Ingest.Core.Tables;

/// <summary>A colour as hue (degrees), saturation and value (0..1).</summary>
public readonly record struct HsvColour(double Hue, double Saturation, double Value)
{
    /// <summary>Reads "RRGGBB" (a leading '#' allowed); anything else ("auto", "") is no colour.</summary>
    public static HsvColour? FromHex(string? hex)
    {
        var digits = hex?.Trim().TrimStart('#');
        if (digits is not { Length: 6 } || !int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            return null;
        return FromRgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public static HsvColour FromRgb(int red, int green, int blue)
    {
        double r = red / 255.0, g = green / 255.0, b = blue / 255.0;
        var max = Math.Max(r, Math.Max(g, b));
        var delta = max - Math.Min(r, Math.Min(g, b));
        var hue = delta == 0 ? 0
            : max == r ? 60 * ((g - b) / delta)
            : max == g ? 60 * ((b - r) / delta + 2)
            : 60 * ((r - g) / delta + 4);
        if (hue < 0) hue += 360;
        return new HsvColour(hue, max == 0 ? 0 : delta / max, max);
    }

    /// <summary>Shortest way round the colour wheel, 0..180 degrees.</summary>
    public double HueDistance(HsvColour other)
    {
        var d = Math.Abs(Hue - other.Hue) % 360;
        return d > 180 ? 360 - d : d;
    }
}
