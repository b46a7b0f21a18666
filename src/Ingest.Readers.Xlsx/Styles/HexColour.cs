namespace Ingest.Readers.Xlsx.Styles;

internal static class HexColour
{
    public const string White = "FFFFFF";
    public const string Black = "000000";

    /// <summary>
    /// Upper-case RRGGBB from SpreadsheetML's ARGB (or a bare RRGGBB). The alpha byte is ignored, as
    /// Excel ignores it: writers put 00 or FF there for the same opaque colour.
    /// </summary>
    public static string? FromArgb(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim().TrimStart('#');
        if (trimmed.Length == 8) trimmed = trimmed[2..];
        return trimmed.Length == 6 && trimmed.All(char.IsAsciiHexDigit) ? trimmed.ToUpperInvariant() : null;
    }

    public static (int R, int G, int B) Channels(string rrggbb) => (
        Convert.ToInt32(rrggbb[..2], 16),
        Convert.ToInt32(rrggbb[2..4], 16),
        Convert.ToInt32(rrggbb[4..6], 16));

    public static string Of(int r, int g, int b) =>
        $"{Math.Clamp(r, 0, 255):X2}{Math.Clamp(g, 0, 255):X2}{Math.Clamp(b, 0, 255):X2}";
}
