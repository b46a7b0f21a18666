namespace Ingest.Normalisation;

/// <summary>RAG words, whole-cell codes and reference colours (the <c>rag</c> section).</summary>
public sealed record RagRules
{
    /// <summary>Found anywhere in a short cell.</summary>
    public RagVocabulary Words { get; init; } = new();

    /// <summary>Count only when they are the whole cell.</summary>
    public RagVocabulary Codes { get; init; } = new();

    /// <summary>Cells with more words than this are prose, not a status.</summary>
    public int MaxWords { get; init; } = 6;

    public RagColourRules Colours { get; init; } = new();
}

public sealed record RagVocabulary
{
    public List<string> Red { get; init; } = [];
    public List<string> Amber { get; init; } = [];
    public List<string> Green { get; init; } = [];
    public List<string> Blue { get; init; } = [];
}
