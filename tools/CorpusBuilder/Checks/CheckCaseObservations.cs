using CorpusBuilder.Contract;
using CorpusBuilder.Harrow;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Checks;

/// <summary>
/// The gold observations of a check-case report, from its rows and the contract: per row the previous and the
/// reporting quarter (RAG from the fill), the trend on the reporting quarter only, the heading above the table as section, no owner or commentary.
/// </summary>
internal static class CheckCaseObservations
{
    public static IReadOnlyList<Observation> Build(string document, CheckCaseReport report) =>
        report.Rows.SelectMany((row, i) =>
        {
            var unit = UnitOverrides.For(row.Indicator) ?? RowUnit.Of(TextNormaliser.Collapse(row.Indicator),
                new[] { row.Previous.Actual, row.Previous.Target, row.Latest.Actual, row.Latest.Target }.Select(TextNormaliser.Collapse));
            var tableRow = CheckCaseDocument.FirstDataRow + i;
            return new[]
            {
                Group(document, tableRow, row, unit, row.Previous, report.Previous, trend: null),
                Group(document, tableRow, row, unit, row.Latest, report.Latest, row.Trend),
            }.OfType<Observation>();
        }).ToList();

    private static Observation? Group(string document, int tableRow, CheckCaseRow row, Unit unit, CheckCaseGroup group, Period period, string? trend)
    {
        var actualRaw = TextNormaliser.Collapse(group.Actual);
        var targetRaw = TextNormaliser.Collapse(group.Target);
        if (AbsenceMarkers.IsAbsent(actualRaw) && AbsenceMarkers.IsAbsent(targetRaw) && group.Rag is null) return null;
        var target = AbsenceMarkers.IsAbsent(targetRaw) ? null : CellNumbers.Read(targetRaw).Pick(unit);
        var actual = AbsenceMarkers.IsAbsent(actualRaw) ? null : CellNumbers.Read(actualRaw).Pick(unit);
        var trendText = string.IsNullOrWhiteSpace(trend) ? null : trend;
        return new Observation
        {
            Council = HarrowCorpus.Council,
            Document = document,
            Table = 1,
            Row = tableRow,
            Section = CheckCaseDocument.SectionHeading,
            Indicator = row.Indicator,
            IndicatorKey = IndicatorKey.Of(row.Indicator),
            Polarity = Vocabulary.PolarityMark(row.GoodIs),
            Unit = unit,
            Period = period,
            TargetRaw = targetRaw,
            Target = target?.Value,
            TargetQualifier = TargetQualifier.Of(targetRaw),
            ActualRaw = actualRaw,
            Actual = actual?.Value,
            Rag = group.Rag,
            RagSource = group.Rag is null ? null : RagSource.Colour,
            Dot = trendText is null ? null : Vocabulary.DirectionWord(trendText),
            DotRaw = trendText ?? "",
            Confidence = target?.FromSeveral == true || actual?.FromSeveral == true ? 0.7 : 1.0,
        };
    }
}
