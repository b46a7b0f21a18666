using CorpusBuilder.Contract;
using Ingest.Core.Observations;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>
/// The gold observations of the scorecard: docs/dataset.md applied to each seed row, then the
/// per-cell overrides. Reads only the seed and the drawing choices, never extractor code.
/// </summary>
internal static class ScorecardObservations
{
    public const int TableIndex = 1;

    /// <param name="latest">The reporting quarter: its group is the last, and trend and commentary belong to it.</param>
    public static IReadOnlyList<Observation> Build(string document, IReadOnlyList<LaidOutRow> rows, Period latest) =>
        rows.Where(r => r.Kind == SeedRowKind.Indicator)
            .SelectMany(r => ForRow(document, r, ScorecardColumns.Groups(latest)))
            .ToList();

    private static IEnumerable<Observation> ForRow(string document, LaidOutRow row, IReadOnlyList<PeriodGroup> groups)
    {
        var seed = row.Seed;
        var indicator = seed[ScorecardColumns.Indicator].Clean;
        var valueCells = groups.SelectMany(g => new[] { seed[g.Target].Clean, seed[g.Actual].Clean });
        var unit = UnitOverrides.For(indicator) ?? RowUnit.Of(indicator, valueCells);

        foreach (var group in groups)
        {
            var targetRaw = seed[group.Target].Clean;
            var actualRaw = seed[group.Actual].Clean;
            var (rag, ragSource) = ReadRag(row, group.Rag);
            var targetAbsent = AbsenceMarkers.IsAbsent(targetRaw);
            var actualAbsent = AbsenceMarkers.IsAbsent(actualRaw);
            if (targetAbsent && actualAbsent && rag is null) continue;

            var target = targetAbsent ? null : CellNumbers.Read(targetRaw).Pick(unit);
            var actual = actualAbsent ? null : CellNumbers.Read(actualRaw).Pick(unit);
            var latest = group == groups[^1];
            var trend = seed[ScorecardColumns.Trend].Clean;
            yield return new Observation
            {
                Council = HarrowCorpus.Council,
                Document = document,
                Table = TableIndex,
                Row = row.TableRow,
                Section = row.Section,
                Indicator = indicator,
                IndicatorKey = IndicatorKey.Of(indicator),
                Polarity = Vocabulary.PolarityMark(seed[ScorecardColumns.Polarity].Clean),
                Unit = unit,
                Period = group.Period,
                TargetRaw = targetRaw,
                Target = target?.Value,
                TargetQualifier = TargetQualifier.Of(targetRaw),
                ActualRaw = actualRaw,
                Actual = actual?.Value,
                Rag = rag,
                RagSource = ragSource,
                Dot = latest ? Vocabulary.DirectionWord(trend) : null,
                DotRaw = latest ? trend : "",
                Benchmark = seed[ScorecardColumns.Benchmark].Clean,
                Commentary = latest ? seed[ScorecardColumns.Commentary].Clean : "",
                Owner = seed[ScorecardColumns.PortfolioHolder].Clean,
                Confidence = target?.FromSeveral == true || actual?.FromSeveral == true ? 0.7 : 1.0,
            };
        }
    }

    private static (Rag?, RagSource?) ReadRag(LaidOutRow row, int column)
    {
        if (ScorecardPresentation.RagFillOnly(row, column))
            return (Vocabulary.RagColour(ScorecardPresentation.RagFill(row, column)), RagSource.Colour);
        var word = Vocabulary.RagWord(row.Seed[column].Clean);
        return word is null ? (null, null) : (word, RagSource.Text);
    }
}
