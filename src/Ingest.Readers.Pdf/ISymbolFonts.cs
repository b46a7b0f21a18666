namespace Ingest.Readers.Pdf;

/// <summary>
/// Symbol fonts (Wingdings, Symbol ...) whose codes mean a glyph rather than a character: the same
/// rules the Word reader uses (<c>symbol-fonts.yaml</c>), passed in so this project needs only Core.
/// </summary>
public interface ISymbolFonts
{
    bool IsSymbolFont(string font);

    /// <summary>The Unicode text of a code (either 0x70 or its private-use form 0xF070), or null.</summary>
    string? Map(string font, int code);
}
