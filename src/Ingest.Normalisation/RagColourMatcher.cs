using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>
/// Maps a fill or font colour to the RAG status of the nearest reference colour. The distance is taken in
/// HSV because RAG fills of the same meaning differ mostly in lightness and saturation (dark red, pale
/// "bad" pink, light green) while their hue stays put; in RGB a dark red sits nearer to black than to red.
/// Greys, white and black have no dependable hue, so they are never a RAG.
/// </summary>
internal sealed class RagColourMatcher
{
    private readonly RagColourRules _rules;
    private readonly IReadOnlyList<(Rag Rag, HsvColour Colour)> _references;

    public RagColourMatcher(RagColourRules rules)
    {
        _rules = rules;
        _references = rules.References.Select(Reference).ToList();
    }

    public Rag? Match(string? rrggbb)
    {
        if (HsvColour.FromHex(rrggbb) is not { } colour) return null;
        if (colour.Saturation < _rules.MinSaturation || colour.Value < _rules.MinValue) return null;
        var nearest = _references
            .Select(r => (r.Rag, Distance: Distance(colour, r.Colour)))
            .OrderBy(r => r.Distance)
            .FirstOrDefault();
        return _references.Count > 0 && nearest.Distance <= _rules.Tolerance ? nearest.Rag : null;
    }

    private double Distance(HsvColour a, HsvColour b) =>
        _rules.HueWeight * a.HueDistance(b) / 180
        + _rules.SaturationWeight * Math.Abs(a.Saturation - b.Saturation)
        + _rules.ValueWeight * Math.Abs(a.Value - b.Value);

    private static (Rag, HsvColour) Reference(ReferenceColour reference)
    {
        if (!VocabularyNames.TryParse<Rag>(reference.Rag, out var rag))
            throw new InvalidDataException($"{NormalisationRules.FileName}, rag.colours.references: unknown RAG '{reference.Rag}'");
        if (HsvColour.FromHex(reference.Hex) is not { } colour)
            throw new InvalidDataException($"{NormalisationRules.FileName}, rag.colours.references: '{reference.Hex}' is not RRGGBB");
        return (rag, colour);
    }
}
