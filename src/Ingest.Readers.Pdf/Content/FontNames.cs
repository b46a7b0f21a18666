namespace Ingest.Readers.Pdf.Content;

/// <summary>What a PDF font name says: the family without the subset tag, and whether it is bold.</summary>
internal static class FontNames
{
    private static readonly string[] BoldMarkers = ["Bold", "Black", "Heavy", "Semibold", "SemiBold", "Demibold", "DemiBold", "ExtraBold", "UltraBold"];

    /// <summary>"ABCDEF+Arial-BoldMT" -> "Arial-BoldMT": the six-letter tag only says the font is a subset.</summary>
    public static string WithoutSubsetTag(string name) =>
        name.Length > 7 && name[6] == '+' && !name.AsSpan(0, 6).ContainsAnyExceptInRange('A', 'Z')
            ? name[7..]
            : name;

    /// <summary>
    /// Bold from the name, as PDF producers write it: "Arial-BoldMT", "Calibri,Bold", "Aptos-Black",
    /// "SegoeUI-Semibold". A marker must start a CamelCase word after the family ("BlackadderITC" is
    /// not black, and neither is a family that merely starts with the word).
    /// </summary>
    public static bool IsBold(string name)
    {
        if (name.Length < 2) return false;
        foreach (var marker in BoldMarkers)
        {
            for (var at = name.IndexOf(marker, 1, StringComparison.Ordinal); at > 0;
                 at = name.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                var end = at + marker.Length;
                if (end == name.Length || !char.IsLower(name[end])) return true;
            }
        }
        return false;
    }
}
