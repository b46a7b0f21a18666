using Ingest.Normalisation.Legends;

namespace Ingest.Extraction.Rules;

/// <summary>A document's arrow key as the arrow rules a council's convention would give.</summary>
public static class DocumentArrows
{
    public static ArrowRules From(ArrowLegend legend) => new()
    {
        Meaning = legend.Meaning == ArrowMeanings.Value ? ArrowRules.Value : ArrowRules.Performance,
        Up = [.. legend.Up],
        Down = [.. legend.Down],
        Same = [.. legend.Same],
    };
}
