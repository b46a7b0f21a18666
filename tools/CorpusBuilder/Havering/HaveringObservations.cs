using CorpusBuilder.Contract;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Havering;

/// <summary>
/// The gold observations of a Havering report, per docs/dataset.md ("Comparator columns", "Annual and in-year
/// targets", "Value and RAG in one cell", "Section columns"). Per row, in column order: the year (annual target
/// only), the reporting quarter (its target, performance, RAG word, both arrows, comments), the short-term
/// comparator's period and the long-term comparator's period (actual only). Read from the lines, never from
/// extractor code.
/// </summary>
internal static class HaveringObservations
{
    /// <summary>
    /// "Better than England (Annual 3-year rolling period)" names no figure of its own: the 3 is the length of the
    /// rolling period. Read by the number rule it would be a target of 3; it is a text target.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TextTargets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Better than England (Annual 3-year rolling period)"] = "a comparison with England; the 3 is the rolling period's length",
    };

    public static IReadOnlyList<Observation> Build(string document, HaveringQuarter quarter, IReadOnlyList<PlacedHaveringLine> placed) =>
        placed.SelectMany(p => ForLine(document, quarter, p)).ToList();

    private static IEnumerable<Observation> ForLine(string document, HaveringQuarter q, PlacedHaveringLine placed)
    {
        var line = placed.Line;
        var unit = HaveringReading.Unit(line);
        var row = new Observation
        {
            Council = HaveringCorpus.Council,
            Document = document,
            Table = HaveringDocument.IndicatorTable,
            Row = placed.Row,
            Section = line.SubCommittee,
            Indicator = TextNormaliser.Collapse(line.Indicator),
            IndicatorKey = IndicatorKey.Of(line.Indicator),
            Polarity = HaveringReading.Polarity(line),
            Unit = unit,
            Period = q.YearPeriod,
        };

        var annual = Clean(line.AnnualTarget);
        if (!AbsenceMarkers.IsAbsent(annual))
            yield return WithTarget(row with { Period = q.YearPeriod }, annual, unit);

        var target = Clean(line.QuarterTarget);
        var performance = Clean(line.Performance);
        var rag = HaveringReading.RagWord(performance);
        if (!AbsenceMarkers.IsAbsent(target) || !AbsenceMarkers.IsAbsent(performance) || rag is not null)
        {
            var quarter = WithActual(WithTarget(row with { Period = q.QuarterPeriod }, target, unit), performance, unit);
            yield return quarter with
            {
                Rag = rag,
                RagSource = rag is null ? null : RagSource.Text,
                Dot = HaveringArrows.Direction(line.ShortArrow),
                DotYoy = HaveringArrows.Direction(line.LongArrow),
                DotRaw = line.ShortArrow,
                Commentary = Clean(line.Comments),
            };
        }

        var shortValue = Clean(line.ShortValue);
        if (!AbsenceMarkers.IsAbsent(shortValue)) yield return WithActual(row with { Period = q.ShortPeriod }, shortValue, unit);

        var longValue = Clean(line.LongValue);
        if (!AbsenceMarkers.IsAbsent(longValue)) yield return WithActual(row with { Period = q.LongPeriod }, longValue, unit);
    }

    private static Observation WithTarget(Observation o, string targetRaw, Ingest.Core.Observations.Unit unit)
    {
        if (TextTargets.ContainsKey(targetRaw)) return o with { TargetRaw = targetRaw, TargetQualifier = "text" };
        var picked = AbsenceMarkers.IsAbsent(targetRaw) ? null : CellNumbers.Read(targetRaw).Pick(unit);
        return o with
        {
            TargetRaw = targetRaw,
            Target = picked?.Value,
            TargetQualifier = TargetQualifier.Of(targetRaw),
            Confidence = Math.Min(o.Confidence, picked?.FromSeveral == true ? 0.7 : 1.0),
        };
    }

    private static Observation WithActual(Observation o, string actualRaw, Ingest.Core.Observations.Unit unit)
    {
        var picked = AbsenceMarkers.IsAbsent(actualRaw) ? null : CellNumbers.Read(actualRaw).Pick(unit);
        return o with
        {
            ActualRaw = actualRaw,
            Actual = picked?.Value,
            Confidence = Math.Min(o.Confidence, picked?.FromSeveral == true ? 0.7 : 1.0),
        };
    }

    private static string Clean(string cell) => TextNormaliser.Collapse(cell);
}
