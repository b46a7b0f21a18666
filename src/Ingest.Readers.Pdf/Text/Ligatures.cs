namespace Ingest.Readers.Pdf.Text;

/// <summary>Typographic ligatures written as one glyph, expanded so "ﬁnance" reads "finance".</summary>
internal static class Ligatures
{
    public static string Expand(string text)
    {
        if (text.Length != 1 || text[0] < '\uFB00' || text[0] > '\uFB06') return text;
        return text[0] switch
        {
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            _ => "st",
        };
    }
}
