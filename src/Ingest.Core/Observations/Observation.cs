namespace Ingest.Core.Observations;

/// <summary>
/// One indicator, for one period, in one document: a row of the dataset. The field order and meaning
/// are the contract in docs/dataset.md; <see cref="ObservationColumns"/> writes them.
/// </summary>
public sealed record Observation
{
    public required string Council { get; init; }
    public required string Document { get; init; }
    public int? Page { get; init; }
    public int Table { get; init; }
    public int Row { get; init; }
    public string Section { get; init; } = "";
    public required string Indicator { get; init; }
    public required string IndicatorKey { get; init; }
    public Polarity? Polarity { get; init; }
    public Unit? Unit { get; init; }
    public required Period Period { get; init; }
    public string TargetRaw { get; init; } = "";
    public decimal? Target { get; init; }
    public string TargetQualifier { get; init; } = "";
    public string ActualRaw { get; init; } = "";
    public decimal? Actual { get; init; }
    public Rag? Rag { get; init; }
    public RagSource? RagSource { get; init; }
    public Direction? Dot { get; init; }
    public Direction? DotYoy { get; init; }
    public string DotRaw { get; init; } = "";
    public string Benchmark { get; init; } = "";
    public string Commentary { get; init; } = "";
    public string Owner { get; init; } = "";
    public double Confidence { get; init; } = 1.0;

    /// <summary>The council's ONS code (e.g. E09000015), from extraction-rules/councils.yaml; empty when unknown.</summary>
    public string CouncilCode { get; init; } = "";

    /// <summary>The indicator's identity in the catalogue (extraction-rules/indicators.yaml), null before matching.</summary>
    public IndicatorMapping? Mapping { get; init; }

    /// <summary>Bounding box of the source row, where the format has one (PDF); not part of the CSV contract.</summary>
    public Tables.BoundingBox? RowBox { get; init; }
}
