using Ingest.Core.Observations;

namespace CorpusBuilder.KpiBlocks;

/// <summary>One KPI as one report prints it: the latest and previous quarter's figures, target, floor and commentary.</summary>
/// <param name="TargetComma">The values line puts a comma after the target ("Target: 90%, Floor: 85%"), as some blocks do.</param>
internal sealed record KpiBlockEntry(
    KpiBlockIndicator Indicator,
    KpiFigure Latest,
    KpiFigure Previous,
    string Target,
    string Floor,
    bool TargetComma,
    string Commentary)
{
    public string Title => $"{Indicator.Ref}: {Indicator.Name}";

    public string ValuesLine =>
        $"Latest: {Latest.Printed}  Target: {Target}{(TargetComma ? "," : "")}  Floor: {Floor}  Previous: {Previous.Printed} ({KpiBlockCorpus.TitleCase(Previous.Rag)})";
}

/// <summary>A quarterly performance report in blocks: its quarter, the quarter before, and every KPI.</summary>
internal sealed record KpiBlockReport(Period Latest, Period Previous, IReadOnlyList<KpiBlockEntry> Entries)
{
    public string BaseName => $"kent-quarterly-performance-report-{Latest.Label.ToLowerInvariant().Replace(' ', '-').Replace('/', '-')}";

    public static KpiBlockReport For(Period latest, KpiBlockSeries series)
    {
        var previous = Harrow.Scorecard.ScorecardPeriods.Previous(latest);
        var entries = KpiBlockIndicators.All.Select((indicator, i) =>
        {
            var now = series.Figure(indicator, latest);
            var before = series.Figure(indicator, previous);
            return new KpiBlockEntry(indicator, now, before,
                KpiBlockSeries.Print(indicator, indicator.Target, 0), KpiBlockSeries.Print(indicator, indicator.Floor, 0),
                i % 3 == 1, Commentary(indicator, now, before));
        }).ToList();
        return new KpiBlockReport(latest, previous, entries);
    }

    private static string Commentary(KpiBlockIndicator indicator, KpiFigure now, KpiFigure before)
    {
        var better = indicator.Polarity == Polarity.Lower ? now.Value < before.Value : now.Value > before.Value;
        var movement = now.Value == before.Value ? "Performance was unchanged on the previous quarter"
            : better ? "Performance improved on the previous quarter" : "Performance fell back from the previous quarter";
        var standing = now.Rag switch
        {
            Rag.Green => "the target has been met.",
            Rag.Amber => "the floor standard has been met but not the target.",
            _ => "the result is below the floor standard and a recovery plan is in place.",
        };
        return $"{movement}; {standing}";
    }
}
