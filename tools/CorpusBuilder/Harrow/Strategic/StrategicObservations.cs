using CorpusBuilder.Contract;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Harrow.Strategic;

/// <summary>
/// The gold observations of Appendix 1: one per indicator row, period Q2 2023/24, RAG from the bullet
/// colour. Flagship Actions are not indicators and give none.
/// </summary>
internal static class StrategicObservations
{
    public static readonly Period Quarter = Period.FinancialQuarter(2023, 2);

    public static IReadOnlyList<Observation> Build(string document, IReadOnlyList<RatedIndicator> rated) =>
        Build(document, rated, Quarter);

    public static IReadOnlyList<Observation> Build(string document, IReadOnlyList<RatedIndicator> rated, Period quarter) =>
        rated.Select(r =>
        {
            var targetRaw = TextNormaliser.Collapse(r.Line.Target);
            var actualRaw = TextNormaliser.Collapse(r.Line.Actual);
            var target = CellNumbers.Read(targetRaw).Pick(r.Unit);
            var actual = CellNumbers.Read(actualRaw).Pick(r.Unit);
            return new Observation
            {
                Council = HarrowCorpus.Council,
                Document = document,
                Table = r.Table,
                Row = r.Row,
                Section = r.Section,
                Indicator = r.Indicator,
                IndicatorKey = IndicatorKey.Of(r.Indicator),
                Polarity = Vocabulary.PolarityMark(TextNormaliser.Collapse(r.Line.Polarity)),
                Unit = r.Unit,
                Period = quarter,
                TargetRaw = targetRaw,
                Target = target?.Value,
                TargetQualifier = TargetQualifier.Of(targetRaw),
                ActualRaw = actualRaw,
                Actual = actual?.Value,
                Rag = r.Rag,
                RagSource = RagSource.Colour,
                Confidence = target?.FromSeveral == true || actual?.FromSeveral == true ? 0.7 : 1.0,
            };
        }).ToList();
}
