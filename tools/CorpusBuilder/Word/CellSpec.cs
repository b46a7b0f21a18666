namespace CorpusBuilder.Word;

/// <summary>One table cell to draw: its content (one paragraph), how many grid columns it spans and its fill.</summary>
/// <param name="Fill">Background colour RRGGBB, or null for none.</param>
internal sealed record CellSpec(IReadOnlyList<IInline> Content, int Span = 1, string? Fill = null)
{
    public static CellSpec Text(string text, bool bold = false, string? fill = null, string? colour = null) =>
        new(text.Length == 0 ? [] : [new TextPiece(text, Bold: bold, Colour: colour)], 1, fill);
}
