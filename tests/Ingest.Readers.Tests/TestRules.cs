
namespace Ingest.Readers.Tests;

/// <summary>The Word reader's symbol-font map from the real extraction-rules/symbol-fonts.yaml.</summary>
internal static class TestRules
{
    public static SymbolFontMap SymbolFonts => SymbolFontMap.Load(RealRules.Directory);
}
