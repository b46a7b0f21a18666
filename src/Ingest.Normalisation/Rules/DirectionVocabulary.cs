namespace Ingest.Normalisation;

/// <summary>Direction-of-travel words (arrows are per council, not here).</summary>
public sealed record DirectionVocabulary
{
    public List<string> Improving { get; init; } = [];
    public List<string> Same { get; init; } = [];
    public List<string> Declining { get; init; } = [];
}
