using Microsoft.ML.Data;

namespace Ingest.Dataset.Linking;

/// <summary>The evidence about one pair of printed indicators, as the model reads it (and `--suspect` shows it).</summary>
public sealed class PairFeatures
{
    /// <summary>Character-trigram TF-IDF cosine of the normalised names.</summary>
    public float CharCosine { get; set; }
    /// <summary>Word and word-pair TF-IDF cosine of the normalised names.</summary>
    public float WordCosine { get; set; }
    /// <summary>Share of the stated numbers both names have (1 when neither states any).</summary>
    public float SharedNumbers { get; set; }
    /// <summary>1 when both names state numbers and the numbers differ ("16-17" and "16 to 19").</summary>
    public float NumberConflict { get; set; }
    public float UnitAgree { get; set; }
    public float UnitConflict { get; set; }
    public float PolarityConflict { get; set; }
    /// <summary>1 when both have a target and it is the same.</summary>
    public float TargetEqual { get; set; }
    /// <summary>Share of shared periods with the same value, when the two report at least one period in common.</summary>
    public float Continuity { get; set; }
    /// <summary>How many periods both report (0 when the values are unknown), capped at 4.</summary>
    public float SharedPeriods { get; set; }
    public float SameSection { get; set; }
    /// <summary>1 minus the difference of the two rows' positions in their tables (0 when unknown).</summary>
    public float PositionCloseness { get; set; }

    [ColumnName("Label")]
    public bool Label { get; set; }

    public const int Count = 12;

    public float[] ToArray() =>
        [CharCosine, WordCosine, SharedNumbers, NumberConflict, UnitAgree, UnitConflict, PolarityConflict,
         TargetEqual, Continuity, SharedPeriods, SameSection, PositionCloseness];
}
