namespace Ingest.Normalisation;

/// <summary>
/// How a document's own key reads (<c>legend</c> in normalisation.yaml): arrow glyphs by the way they point,
/// the words that make an arrow show the value's direction rather than performance (performance words are
/// those of <see cref="DirectionVocabulary"/>), and the patterns of a RAG key's amber band.
/// </summary>
public sealed record LegendVocabulary
{
    public List<string> UpArrows { get; init; } = [];
    public List<string> DownArrows { get; init; } = [];
    public List<string> LevelArrows { get; init; } = [];
    public List<string> ValueUp { get; init; } = [];
    public List<string> ValueDown { get; init; } = [];

    /// <summary>Words naming a key of arrows before its colon ("Direction of travel:", "DoT (direction of travel):").</summary>
    public List<string> ArrowKeyTitles { get; init; } = [];

    /// <summary>Regular expressions whose first group is the amber band in percent.</summary>
    public List<string> AmberWithin { get; init; } = [];

    /// <summary>Texts longer than this are prose or data, not a key.</summary>
    public int MaxLength { get; init; } = 400;
}
