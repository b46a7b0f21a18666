namespace Ingest.Readers;

/// <summary>
/// The shape of <c>extraction-rules/symbol-fonts.yaml</c>: font name -> hex code -> Unicode text, and the
/// drawn marks (shapes, pictures) that stand for a character the same way.
/// </summary>
public sealed record SymbolFontRules
{
    public Dictionary<string, Dictionary<string, string>> Fonts { get; init; } = [];

    public DrawnMarkRules Drawings { get; init; } = new();
}

/// <summary>
/// A shape drawn in line with text stands for the character its preset geometry shows (an up arrow, an
/// ellipse that is a RAG dot, coloured with its fill); a picture for the character its description
/// (alternative text) names, as accessible council documents describe them.
/// </summary>
public sealed record DrawnMarkRules
{
    /// <summary>DrawingML preset geometry (upArrow, ellipse, ...) -> text.</summary>
    public Dictionary<string, string> Presets { get; init; } = [];

    /// <summary>Pictures whose description holds every one of the words, in order of preference.</summary>
    public List<DescribedMark> Descriptions { get; init; } = [];
}

public sealed record DescribedMark
{
    public List<string> Words { get; init; } = [];
    public string Text { get; init; } = "";
}
