namespace Ingest.Normalisation;

/// <summary>Reference colours and the HSV distance that decides whether a colour is one of them.</summary>
public sealed record RagColourRules
{
    public double Tolerance { get; init; }
    public double MinSaturation { get; init; }
    public double MinValue { get; init; }
    public double HueWeight { get; init; } = 1;
    public double SaturationWeight { get; init; }
    public double ValueWeight { get; init; }
    public List<ReferenceColour> References { get; init; } = [];
}

/// <summary>A colour that means a RAG status; <see cref="Name"/> only documents where it comes from.</summary>
public sealed record ReferenceColour
{
    public string Rag { get; init; } = "";
    public string Hex { get; init; } = "";
    public string Name { get; init; } = "";
}
