namespace Ingest.Readers.Pdf.Text;

/// <summary>Typographic ligatures written as one character, expanded so "\uFB01nance" reads "finance".</summary>
internal static class Ligatures
{
    public static string Expand(string text)
    {
        if (!text.Any(IsLigature)) return text;
        var expanded = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text) expanded.Append(IsLigature(c) ? Letters(c) : c.ToString());
        return expanded.ToString();
    }

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';

    private static string Letters(char ligature) => ligature switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        _ => "st",
    };
}
