using Ingest.Readers.Pdf.Content;
using System.Globalization;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Turns mutool's colour (a colour space name and its components) into RRGGBB, the form the table
/// model uses. The number of components decides the model (1 gray, 3 RGB, 4 CMYK), which also covers
/// ICC-based spaces; separations and patterns have no plain colour and give null.
/// </summary>
internal static class TraceColour
{
    public static string? ToHex(string colourSpace, ReadOnlySpan<double> c)
    {
        if (colourSpace.StartsWith("Separation", StringComparison.Ordinal) || colourSpace.StartsWith("DeviceN", StringComparison.Ordinal))
            return null;
        return c.Length switch
        {
            1 => Hex(c[0], c[0], c[0]),
            3 => Hex(c[0], c[1], c[2]),
            4 => Hex((1 - c[0]) * (1 - c[3]), (1 - c[1]) * (1 - c[3]), (1 - c[2]) * (1 - c[3])),
            _ => null,
        };
    }

    public static bool IsBlack(string? hex) => hex is "000000";

    private static string Hex(double r, double g, double b) => ColourHex.FromRgb(r, g, b);
}
