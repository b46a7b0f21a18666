namespace Ingest.Readers.Docx;

internal static class HexColour
{
    public const string Auto = "auto";

    /// <summary>Upper-case RRGGBB, or null when the value is absent, "auto" or not a colour.</summary>
    public static string? Normalise(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        return trimmed.Length == 6 && trimmed.All(char.IsAsciiHexDigit) ? trimmed.ToUpperInvariant() : null;
    }

    public static bool IsAuto(string? value) => value is not null && value.Trim().Equals(Auto, StringComparison.OrdinalIgnoreCase);
}
