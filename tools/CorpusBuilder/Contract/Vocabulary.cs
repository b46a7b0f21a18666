using Ingest.Core.Observations;

namespace CorpusBuilder.Contract;

/// <summary>docs/dataset.md, "RAG", "Direction" and "Polarity": the printed words and glyphs and what they mean.</summary>
internal static class Vocabulary
{
    /// <summary>
    /// RAG words. Harrow's 2009 reports print LG/LA/LR (issue 3: "RAG as LG/LR, map to green/red"); the contract's
    /// list ends in "etc.", and no other reading of them is possible.
    /// </summary>
    public static Rag? RagWord(string cleanText) => cleanText.ToLowerInvariant() switch
    {
        "red" or "r" or "lr" => Rag.Red,
        "amber" or "a" or "la" => Rag.Amber,
        "green" or "g" or "lg" => Rag.Green,
        "blue" or "b" => Rag.Blue,
        _ => null,
    };

    /// <summary>The fills and bullet colours these documents use; every one is an exact RAG colour.</summary>
    public static Rag? RagColour(string? rrggbb) => rrggbb?.ToUpperInvariant() switch
    {
        "FF0000" => Rag.Red,
        "FFC000" => Rag.Amber,
        "00B050" => Rag.Green,
        "0070C0" => Rag.Blue,
        _ => null,
    };

    public static string Colour(Rag rag) => rag switch
    {
        Rag.Red => "FF0000",
        Rag.Amber => "FFC000",
        Rag.Green => "00B050",
        Rag.Blue => "0070C0",
        _ => throw new ArgumentOutOfRangeException(nameof(rag)),
    };

    public static Direction? DirectionWord(string cleanText) => cleanText.ToLowerInvariant() switch
    {
        "improving" => Direction.Improving,
        "similar" or "same" or "stable" => Direction.Same,
        "declining" or "worsening" => Direction.Declining,
        _ => null,
    };

    public static Polarity? PolarityMark(string cleanText) => cleanText switch
    {
        "▲" or "↑" or "High" or "Bigger is better" => Polarity.Higher,
        "▼" or "↓" or "Low" or "Smaller is better" => Polarity.Lower,
        _ => null,
    };
}
