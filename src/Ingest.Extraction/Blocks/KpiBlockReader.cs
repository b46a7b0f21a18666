using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Normalisation;

namespace Ingest.Extraction.Blocks;

/// <summary>
/// KPIs printed as blocks rather than table rows (a title ending with the RAG word, a line of labelled
/// figures, a chart, commentary; a summary table of RAG per period elsewhere). Each block gives an observation
/// for the reporting period (latest figure, target, the title's RAG, commentary) and one for the period before
/// it (previous figure and its RAG, from the brackets after it or the summary table). Where the table path
/// already produced an observation for the same indicator and period, the two become one.
/// </summary>
public sealed class KpiBlockReader
{
    private readonly Normaliser _normaliser;
    private readonly BlockPatterns _patterns;
    private readonly KpiBlockFinder _finder;
    private readonly RagSummary _summary;

    public KpiBlockReader(Normaliser normaliser, BlockRules rules)
    {
        _normaliser = normaliser;
        _patterns = new BlockPatterns(rules);
        _finder = new KpiBlockFinder(_patterns);
        _summary = new RagSummary(normaliser, _patterns);
    }

    /// <summary>The table path's observations with the blocks' added (and merged where both read the same KPI and period).</summary>
    /// <param name="reportingPeriod">The document's period: the latest figures' period. Without it blocks cannot be dated and are left out.</param>
    public List<Observation> Merge(DocumentContent document, IReadOnlyList<Observation> fromTables, Period? reportingPeriod, string council)
    {
        var blocks = _finder.Find(document.Paragraphs);
        if (blocks.Count == 0 || reportingPeriod is null) return fromTables.ToList();
        var previous = PeriodBefore(reportingPeriod);
        var names = blocks.Select(b => _patterns.WithoutReference(b.Title)).ToList();
        var summary = _summary.Read(document.Tables, names.Select(IndicatorKey.Of).ToHashSet(StringComparer.Ordinal), reportingPeriod, previous);
        var fromBlocks = blocks
            .SelectMany((block, i) => Observations(block, names[i], summary.GetValueOrDefault(IndicatorKey.Of(names[i])),
                reportingPeriod, previous, council, document.Source.FileName))
            // A KPI printed twice (a repeated page) is read once.
            .DistinctBy(o => (o.IndicatorKey, o.Period.Label))
            .ToList();
        return Combine(fromTables, fromBlocks);
    }

    private IEnumerable<Observation> Observations(KpiBlock block, string indicator, SummaryRow? summary, Period latest, Period? previous,
        string council, string document)
    {
        var latestRaw = block.Values.Value("latest");
        var targetRaw = block.Values.Value("target");
        var (previousRaw, previousWord) = SplitFigureRag(block.Values.Value("previous"));
        var unit = _normaliser.InferUnit(indicator, new[] { targetRaw, latestRaw, previousRaw }.Where(v => v.Length > 0));
        var row = new Observation
        {
            Council = council,
            Document = document,
            Page = summary?.Page,
            Table = summary?.Table ?? 0,
            Row = summary?.Row ?? block.Ordinal,
            Section = block.Section,
            Indicator = indicator,
            IndicatorKey = IndicatorKey.Of(indicator),
            Polarity = Polarity(targetRaw, block.Values.Value("floor"), unit),
            Unit = unit,
            Period = latest,
        };

        if (previous is not null && (previousRaw.Length > 0 || summary?.RagByPeriod.ContainsKey(previous.Label) == true))
        {
            var actual = Number(previousRaw, unit);
            var rag = Rag(previousWord, summary, previous);
            yield return row with
            {
                Period = previous,
                ActualRaw = previousRaw,
                Actual = actual?.Value,
                Rag = rag?.Rag,
                RagSource = rag?.Source,
                Confidence = actual?.Confidence ?? 1.0,
            };
        }

        var latestActual = Number(latestRaw, unit);
        var target = targetRaw.Length == 0 || _normaliser.IsAbsent(targetRaw) ? null : _normaliser.ParseTarget(targetRaw, unit);
        var latestRag = Rag(block.RagWord, summary, latest);
        yield return row with
        {
            TargetRaw = targetRaw,
            Target = target?.Value,
            TargetQualifier = target?.Qualifier ?? "",
            ActualRaw = latestRaw,
            Actual = latestActual?.Value,
            Rag = latestRag?.Rag,
            RagSource = latestRag?.Source,
            Commentary = block.Commentary,
            Confidence = Math.Min(latestActual?.Confidence ?? 1.0, target?.Confidence ?? 1.0),
        };
    }

    private NumberReading? Number(string raw, Unit? unit) =>
        raw.Length == 0 || _normaliser.IsAbsent(raw) ? null : _normaliser.ParseNumber(raw, unit);

    /// <summary>A RAG word printed with the figure wins; the summary table's RAG for the period stands in.</summary>
    private (Rag Rag, RagSource Source)? Rag(string word, SummaryRow? summary, Period period)
    {
        if (word.Length > 0 && _normaliser.ParseRagWord(word) is { } rag) return (rag, RagSource.Text);
        return summary is not null && summary.RagByPeriod.TryGetValue(period.Label, out var listed) ? listed : null;
    }

    /// <summary>"89% (Amber)" -> ("89%", "Amber").</summary>
    private (string Figure, string Rag) SplitFigureRag(string raw)
    {
        if (_patterns.FigureRag?.Match(raw) is { Success: true } m && _normaliser.ParseRagWord(m.Groups["rag"].Value) is not null)
            return (raw[..m.Index].Trim(), m.Groups["rag"].Value);
        return (raw, "");
    }

    /// <summary>A floor standard below the target means higher is better, above it lower is better.</summary>
    private Polarity? Polarity(string target, string floor, Unit? unit)
    {
        if (!_patterns.Rules.PolarityFromFloor || target.Length == 0 || floor.Length == 0) return null;
        var (t, f) = (_normaliser.ParseNumber(target, unit).Value, _normaliser.ParseNumber(floor, unit).Value);
        if (t is null || f is null || t == f) return null;
        return f < t ? Ingest.Core.Observations.Polarity.Higher : Ingest.Core.Observations.Polarity.Lower;
    }

    public static Period? PeriodBefore(Period period) => period.Type switch
    {
        PeriodType.Quarter => Quarter(period.Start.AddMonths(-3)),
        PeriodType.Month => Period.Month(period.Start.AddMonths(-1).Year, period.Start.AddMonths(-1).Month),
        PeriodType.Year => Period.FinancialYear(Period.FinancialYearOf(period.Start) - 1),
        _ => null,
    };

    private static Period Quarter(DateOnly start) =>
        Period.FinancialQuarter(Period.FinancialYearOf(start), (start.Month + 8) % 12 / 3 + 1);

    /// <summary>One observation per indicator and period: a block's reading wins, the table's fills what it leaves empty.</summary>
    private static List<Observation> Combine(IReadOnlyList<Observation> fromTables, List<Observation> fromBlocks)
    {
        var byKey = fromBlocks.ToDictionary(o => (o.IndicatorKey, o.Period.Label));
        var merged = new List<Observation>(fromTables.Count + fromBlocks.Count);
        foreach (var table in fromTables)
        {
            if (!byKey.TryGetValue((table.IndicatorKey, table.Period.Label), out var block))
            {
                merged.Add(table);
                continue;
            }
            byKey[(table.IndicatorKey, table.Period.Label)] = block with
            {
                Rag = block.Rag ?? table.Rag,
                RagSource = block.Rag is null ? table.RagSource : block.RagSource,
                TargetRaw = block.TargetRaw.Length > 0 ? block.TargetRaw : table.TargetRaw,
                Target = block.TargetRaw.Length > 0 ? block.Target : table.Target,
                TargetQualifier = block.TargetRaw.Length > 0 ? block.TargetQualifier : table.TargetQualifier,
                ActualRaw = block.ActualRaw.Length > 0 ? block.ActualRaw : table.ActualRaw,
                Actual = block.ActualRaw.Length > 0 ? block.Actual : table.Actual,
                Polarity = block.Polarity ?? table.Polarity,
                Section = block.Section.Length > 0 ? block.Section : table.Section,
                Dot = table.Dot,
                DotYoy = table.DotYoy,
                DotRaw = table.DotRaw,
                Benchmark = table.Benchmark,
                Owner = table.Owner,
                Commentary = block.Commentary.Length > 0 ? block.Commentary : table.Commentary,
            };
        }
        merged.AddRange(fromBlocks.Select(b => byKey[(b.IndicatorKey, b.Period.Label)]));
        return merged;
    }
}
