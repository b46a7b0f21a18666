using System.Globalization;

namespace Ingest.Readers.Pdf.Content;

/// <summary>Colours as the table model writes them: RRGGBB from components between 0 and 1.</summary>
internal static class ColourHex
{
    public static string FromRgb(double r, double g, double b)
    {
        var rgb = (Byte(r) << 16) | (Byte(g) << 8) | Byte(b);
        // Black and white are most of what a page draws: no string for them.
        return rgb switch
        {
            0 => "000000",
            0xFFFFFF => "FFFFFF",
            _ => rgb.ToString("X6", CultureInfo.InvariantCulture),
        };
    }

    private static int Byte(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
}
