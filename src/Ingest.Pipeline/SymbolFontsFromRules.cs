using Ingest.Readers;
using Ingest.Readers.Pdf;

namespace Ingest.Pipeline;

/// <summary>The Word reader's symbol-font rules, lent to the PDF reader (which depends only on Core).</summary>
public sealed class SymbolFontsFromRules(SymbolFontMap map) : ISymbolFonts
{
    public bool IsSymbolFont(string font) => map.IsSymbolFont(font);

    public string? Map(string font, int code) => map.Map(font, code);
}
