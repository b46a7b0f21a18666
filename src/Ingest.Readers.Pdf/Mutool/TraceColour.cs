using System.Globalization;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Turns mutool's colour (a colour space name and its components) into RRGGBB, the form the table
/// model uses. The number of components decides the model (1 gray, 3 RGB, 4 CMYK), which also covers
/// ICC-based spaces; separations and patterns have no plain colour and give null.
/// </summary>
internal static class TraceColour
{
    public static string? ToHex(string? colourSpace, string? components)
    {
        if (colourSpace is null || components is null) return null;
        if (colourSpace.StartsWith("Separation", StringComparison.Ordinal) || colourSpace.StartsWith("DeviceN", StringComparison.Ordinal))
            return null;
        Span<double> c = stackalloc double[4];
        var count = Numbers.ParseList(components, c);
        return count switch
        {
            1 => Hex(c[0], c[0], c[0]),
            3 => Hex(c[0], c[1], c[2]),
            4 => Hex((1 - c[0]) * (1 - c[3]), (1 - c[1]) * (1 - c[3]), (1 - c[2]) * (1 - c[3])),
            _ => null,
        };
    }

    public static bool IsWhite(string? hex) => hex is "FFFFFF";

    public static bool IsBlack(string? hex) => hex is "000000";

    private static string Hex(double r, double g, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"{Byte(r):X2}{Byte(g):X2}{Byte(b):X2}");

    private static int Byte(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
}
