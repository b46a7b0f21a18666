using System.Globalization;

namespace Ingest.Core.Observations;

/// <summary>The dataset's columns, in contract order, and how each observation field is written.</summary>
public static class ObservationColumns
{
    public static readonly IReadOnlyList<string> Names =
    [
        "council", "document", "page", "table", "row", "section", "indicator", "indicator_key", "polarity", "unit",
        "period_label", "period_type", "period_start", "period_end", "target_raw", "target", "target_qualifier",
        "actual_raw", "actual", "rag", "rag_source", "dot", "dot_yoy", "dot_raw", "benchmark", "commentary", "owner",
        "confidence",
    ];

    public static IReadOnlyList<string> Values(Observation o) =>
    [
        o.Council, o.Document, Int(o.Page), Int(o.Table), Int(o.Row), o.Section, o.Indicator, o.IndicatorKey,
        o.Polarity?.Name() ?? "", o.Unit?.Name() ?? "",
        o.Period.Label, o.Period.Type.Name(), Date(o.Period.Start), Date(o.Period.End),
        o.TargetRaw, Number(o.Target), o.TargetQualifier, o.ActualRaw, Number(o.Actual),
        o.Rag?.Name() ?? "", o.RagSource?.Name() ?? "", o.Dot?.Name() ?? "", o.DotYoy?.Name() ?? "", o.DotRaw,
        o.Benchmark, o.Commentary, o.Owner, o.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
    ];

    public static string Number(decimal? value) =>
        value is null ? "" : value.Value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
}
