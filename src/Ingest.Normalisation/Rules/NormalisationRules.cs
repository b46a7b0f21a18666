namespace Ingest.Normalisation;

// YamlDotNet fills concrete collections only, so the rule records use List and Dictionary; the stages
// read them once, when a Normaliser is built, and never change them.

/// <summary>
/// The vocabulary of <c>extraction-rules/normalisation.yaml</c>, one property per section. A section missing
/// from the file is empty, so it recognises nothing rather than failing.
/// </summary>
public sealed record NormalisationRules
{
    public const string FileName = "normalisation.yaml";

    public AbsenceRules Absence { get; init; } = new();
    public NumberRules Numbers { get; init; } = new();
    public TargetRules Targets { get; init; } = new();
    public RagRules Rag { get; init; } = new();
    public DirectionVocabulary Direction { get; init; } = new();
    public PolarityVocabulary Polarity { get; init; } = new();
    public PeriodRules Periods { get; init; } = new();
    public UnitRules Units { get; init; } = new();
    public LegendVocabulary Legend { get; init; } = new();
}
