namespace Ingest.Readers;

/// <summary>The shape of <c>extraction-rules/symbol-fonts.yaml</c>: font name -> hex code -> Unicode text.</summary>
public sealed record SymbolFontRules
{
    public Dictionary<string, Dictionary<string, string>> Fonts { get; init; } = [];
}
