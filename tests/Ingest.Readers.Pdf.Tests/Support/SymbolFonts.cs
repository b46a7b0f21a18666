using Ingest.Core.Rules;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>The Word reader's symbol-font rules (extraction-rules/symbol-fonts.yaml) seen through the PDF reader's interface.</summary>
internal sealed class SymbolFonts(SymbolFontMap map) : ISymbolFonts
{
    public static SymbolFonts FromRules() =>
        new(SymbolFontMap.Load(RealRules.Directory));

    public bool IsSymbolFont(string font) => map.IsSymbolFont(font);

    public string? Map(string font, int code) => map.Map(font, code);
}
