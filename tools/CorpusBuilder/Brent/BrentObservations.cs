using CorpusBuilder.Contract;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Brent;

/// <summary>
/// The gold observations of a Brent report: per indicator row, the previous and the reporting quarter (each from
/// its Actual | Target | RAG group; RAG from the fill, rag_source colour), trend and commentary on the reporting
/// quarter, the lead member as owner and the theme row as section. The footnote reference is not part of the name.
/// </summary>
internal static class BrentObservations
{
    public static IReadOnlyList<Observation> Build(string document, BrentReport report, IReadOnlyList<PlacedBrentRow> placed) =>
        placed.SelectMany(p =>
        {
            var unit = Unit(p.Row.Indicator, [p.Row.Previous, p.Row.Latest]);
            return new[]
            {
                ForGroup(document, p, unit, p.Row.Previous, report.Previous, trend: null, commentary: ""),
                ForGroup(document, p, unit, p.Row.Latest, report.Latest, p.Row.Trend, p.Row.Commentary),
            }.OfType<Observation>();
        }).ToList();

    /// <summary>The contract's unit of a row: from the name, else from every target and actual the row prints.</summary>
    public static Ingest.Core.Observations.Unit Unit(BrentIndicator indicator, IEnumerable<BrentGroup> groups) =>
        UnitOverrides.For(indicator.Name) ?? RowUnit.Of(TextNormaliser.Collapse(indicator.Name),
            groups.SelectMany(g => new[] { g.Actual, g.Target }).Select(TextNormaliser.Collapse));

    /// <param name="trend">The trend cell for the reporting quarter, or null for an earlier group.</param>
    public static Observation? ForGroup(string document, PlacedBrentRow placed, Ingest.Core.Observations.Unit unit, BrentGroup group,
        Period period, string? trend, string commentary)
    {
        var actualRaw = TextNormaliser.Collapse(group.Actual);
        var targetRaw = TextNormaliser.Collapse(group.Target);
        if (AbsenceMarkers.IsAbsent(actualRaw) && AbsenceMarkers.IsAbsent(targetRaw) && group.Rag is null) return null;
        var target = AbsenceMarkers.IsAbsent(targetRaw) ? null : CellNumbers.Read(targetRaw).Pick(unit);
        var actual = AbsenceMarkers.IsAbsent(actualRaw) ? null : CellNumbers.Read(actualRaw).Pick(unit);
        var indicator = TextNormaliser.Collapse(placed.Row.Indicator.Name);
        return new Observation
        {
            Council = BrentCorpus.Council,
            Document = document,
            Table = placed.Table,
            Row = placed.TableRow,
            Section = placed.Section,
            Indicator = indicator,
            IndicatorKey = IndicatorKey.Of(indicator),
            Polarity = Vocabulary.PolarityMark(placed.Row.Indicator.GoodIs),
            Unit = unit,
            Period = period,
            TargetRaw = targetRaw,
            Target = target?.Value,
            TargetQualifier = TargetQualifier.Of(targetRaw),
            ActualRaw = actualRaw,
            Actual = actual?.Value,
            Rag = group.Rag,
            RagSource = group.Rag is null ? null : RagSource.Colour,
            Dot = trend is null ? null : Vocabulary.DirectionWord(trend),
            DotRaw = trend ?? "",
            Commentary = TextNormaliser.Collapse(commentary),
            Owner = TextNormaliser.Collapse(placed.Row.Indicator.LeadMember),
            Confidence = target?.FromSeveral == true || actual?.FromSeveral == true ? 0.7 : 1.0,
        };
    }
}
