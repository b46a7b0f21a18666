using System.Text.RegularExpressions;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Matches PDF font names to the symbol fonts the rules know. PDF names drop spaces and add styles
/// ("Wingdings3", "Wingdings-Regular", "SymbolMT,Bold") where Word writes "Wingdings 3" or "Symbol".
/// </summary>
internal sealed partial class SymbolFontResolver(ISymbolFonts fonts)
{
    private readonly Dictionary<string, string?> _known = new(StringComparer.Ordinal);

    public bool IsSymbolFont(string font) => Resolve(font) is not null;

    /// <summary>The text of a glyph in <paramref name="font"/>, or null when the font or code is not a known symbol.</summary>
    public string? Map(string font, int code) => Resolve(font) is { } symbolFont ? fonts.Map(symbolFont, code) : null;

    private string? Resolve(string font)
    {
        if (!_known.TryGetValue(font, out var symbolFont))
        {
            symbolFont = Candidates(font).FirstOrDefault(fonts.IsSymbolFont);
            _known[font] = symbolFont;
        }
        return symbolFont;
    }

    private static IEnumerable<string> Candidates(string font)
    {
        yield return font;
        var family = StyleSuffix().Replace(font, "");
        yield return family;
        yield return TrailingNumber().Replace(family, " $1");
        if (family.EndsWith("MT", StringComparison.Ordinal)) yield return family[..^2];
    }

    [GeneratedRegex(@"[-,].*$")]
    private static partial Regex StyleSuffix();

    [GeneratedRegex(@"(?<=\p{L})(\d+)$")]
    private static partial Regex TrailingNumber();
}
