using CorpusBuilder.Contract;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>
/// The gold observations of the recession table (docs/dataset.md, "A header that is only a period"): each month
/// column is the actual of that month; the RAG (LG/LR) and the direction arrow have no period of their own and
/// belong to the latest month. Harrow's arrows show the value's direction, so with polarity ↓ a falling value
/// (↓) is improving.
/// </summary>
internal static class RecessionObservations
{
    public static IReadOnlyList<Observation> Build(string document, PerformanceMorning report) =>
        report.Table.Lines.SelectMany((line, i) => ForLine(document, report, line, i + 2)).ToList();

    private static IEnumerable<Observation> ForLine(string document, PerformanceMorning report, RecessionLine line, int row)
    {
        var indicator = TextNormaliser.Collapse(line.Indicator);
        var unit = UnitOverrides.For(indicator) ?? RowUnit.Of(indicator, line.Values);
        var polarity = Vocabulary.PolarityMark(line.Polarity);
        var latest = report.Table.Months.Count - 1;
        for (var m = 0; m < report.Table.Months.Count; m++)
        {
            var raw = TextNormaliser.Collapse(line.Values[m]);
            var isLatest = m == latest;
            var rag = isLatest ? Vocabulary.RagWord(line.Rag) : null;
            if (AbsenceMarkers.IsAbsent(raw) && rag is null) continue;
            var picked = AbsenceMarkers.IsAbsent(raw) ? null : CellNumbers.Read(raw).Pick(unit);
            yield return new Observation
            {
                Council = HarrowCorpus.Council,
                Document = document,
                Table = report.TableIndex,
                Row = row,
                Section = report.Section,
                Indicator = indicator,
                IndicatorKey = IndicatorKey.Of(indicator),
                Polarity = polarity,
                Unit = unit,
                Period = MonthColumns.Period(report.Table.Months[m], report.Reporting),
                ActualRaw = raw,
                Actual = picked?.Value,
                Rag = rag,
                RagSource = rag is null ? null : RagSource.Text,
                Dot = isLatest ? ValueArrow(line.Direction, polarity) : null,
                DotRaw = isLatest ? line.Direction : "",
                Confidence = picked?.FromSeveral == true ? 0.7 : 1.0,
            };
        }
    }

    /// <summary>Harrow: an arrow is the value's direction; whether that is good depends on the polarity.</summary>
    public static Direction? ValueArrow(string arrow, Polarity? polarity)
    {
        var up = arrow switch { "↑" => true, "↓" => false, _ => (bool?)null };
        if (arrow == "→") return Direction.Same;
        if (up is null || polarity is null or Polarity.None) return null;
        return up == (polarity == Polarity.Higher) ? Direction.Improving : Direction.Declining;
    }
}
