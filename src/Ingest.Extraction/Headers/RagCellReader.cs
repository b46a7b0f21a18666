using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Extraction.Rules;
using Ingest.Normalisation;

namespace Ingest.Extraction.Headers;

public sealed record RagReading(Rag Rag, RagSource Source);

/// <summary>
/// Reads a RAG status from a cell: a RAG word wins; otherwise the colour carries it — the cell's fill,
/// or the font colour of a glyph that is only there to be coloured (the "●" bullet).
/// </summary>
public sealed class RagCellReader
{
    private readonly Normaliser _normaliser;
    private readonly HashSet<string> _colourGlyphs;

    public RagCellReader(Normaliser normaliser, HeaderRules rules)
    {
        _normaliser = normaliser;
        _colourGlyphs = rules.Content.ColourGlyphs.ToHashSet(StringComparer.Ordinal);
    }

    public RagReading? Read(Cell? cell)
    {
        if (cell is null) return null;
        var text = cell.CleanText;
        if (text.Length > 0 && _normaliser.ParseRagWord(text) is { } word) return new RagReading(word, RagSource.Text);

        if (text.Length > 0 && _colourGlyphs.Contains(text) && _normaliser.RagFromColour(cell.FontColour) is { } glyph)
            return new RagReading(glyph, RagSource.Colour);

        // Fill alone speaks only when the text does not say otherwise (an "n/a" on a coloured cell is no RAG).
        if ((text.Length == 0 || _colourGlyphs.Contains(text)) && _normaliser.RagFromColour(cell.Fill) is { } fill)
            return new RagReading(fill, RagSource.Colour);
        if (text.Length > 0 && !_normaliser.IsAbsent(text) && _normaliser.RagFromColour(cell.Fill) is { } behindText)
            return new RagReading(behindText, RagSource.Colour);
        return null;
    }
}
