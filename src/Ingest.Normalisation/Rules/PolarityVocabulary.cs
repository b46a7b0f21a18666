namespace Ingest.Normalisation;

/// <summary>Words and glyphs that say which direction is good.</summary>
public sealed record PolarityVocabulary
{
    public List<string> Higher { get; init; } = [];
    public List<string> Lower { get; init; } = [];
}
