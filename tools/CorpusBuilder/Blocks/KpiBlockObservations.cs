using CorpusBuilder.Contract;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.KpiBlocks;

/// <summary>
/// The gold observations of a block report, from the generator's data: per KPI the latest quarter (latest figure,
/// target, RAG from the title word, commentary) and the previous quarter (previous figure and its RAG, printed
/// in brackets and again in the summary table; no target, since the block prints none for it). Row-level facts:
/// the directorate as section, the polarity the KPI was generated with (printed as the floor standard lying
/// below the target for "higher is better", above it for "lower is better"), the contract's unit from the name
/// and the printed figures. Provenance is the KPI's row in the summary table. The reference ("CS01: ") printed
/// before the name is not part of the indicator, as a Ref column is not.
/// </summary>
internal static class KpiBlockObservations
{
    public static IReadOnlyList<Observation> Build(string document, KpiBlockReport report, IReadOnlyList<PlacedKpi> placed) =>
        placed.SelectMany(p => new[]
        {
            For(document, p, report.Previous, p.Entry.Previous, target: "", commentary: ""),
            For(document, p, report.Latest, p.Entry.Latest, p.Entry.Target, p.Entry.Commentary),
        }).ToList();

    private static Observation For(string document, PlacedKpi placed, Period period, KpiFigure figure, string target, string commentary)
    {
        var entry = placed.Entry;
        var indicator = TextNormaliser.Collapse(entry.Indicator.Name);
        var unit = RowUnit.Of(indicator, [entry.Target, entry.Latest.Printed, entry.Previous.Printed]);
        var targetValue = target.Length == 0 ? null : CellNumbers.Read(target).Pick(unit);
        var actual = CellNumbers.Read(figure.Printed).Pick(unit);
        return new Observation
        {
            Council = KpiBlockCorpus.Council,
            Document = document,
            Table = placed.SummaryTable,
            Row = placed.SummaryRow,
            Section = entry.Indicator.Section,
            Indicator = indicator,
            IndicatorKey = IndicatorKey.Of(indicator),
            Polarity = entry.Indicator.Polarity,
            Unit = unit,
            Period = period,
            TargetRaw = target,
            Target = targetValue?.Value,
            TargetQualifier = target.Length == 0 ? "" : TargetQualifier.Of(target),
            ActualRaw = figure.Printed,
            Actual = actual?.Value,
            Rag = figure.Rag,
            RagSource = RagSource.Text,
            Commentary = commentary,
            Confidence = 1.0,
        };
    }
}
