using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Extraction.Headers;
using Ingest.Extraction.Rows;
using Ingest.Extraction.Rules;
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
    private readonly DirectionReader _directions;

    public KpiBlockReader(Normaliser normaliser, BlockRules rules, RelativePeriodWords relativePeriods)
    {
        _normaliser = normaliser;
        _patterns = new BlockPatterns(rules);
        _finder = new KpiBlockFinder(_patterns);
        _summary = new RagSummary(normaliser, _patterns, relativePeriods);
        _directions = new DirectionReader(normaliser);
    }

    /// <summary>The table path's observations with the blocks' added (and merged where both read the same KPI and period).</summary>
    /// <param name="reportingPeriod">The document's period: the latest figures' period. Without it blocks cannot be dated and are left out.</param>
    /// <param name="arrows">What the document's arrows mean (its key, else its council's convention).</param>
    public List<Observation> Merge(DocumentContent document, IReadOnlyList<Observation> fromTables, Period? reportingPeriod, string council,
        ArrowRules? arrows = null)
    {
        var inText = _finder.Find(document.Paragraphs);
        var blocks = inText.Concat(_finder.FindInBoxes(document.Tables, inText.Count + 1)).ToList();
        if (blocks.Count == 0 || reportingPeriod is null) return fromTables.ToList();
        var previous = reportingPeriod.Previous();
        var listed = new ListedNames(_patterns, _patterns.Rules.ListedNames, document.Tables, blocks.Select(b => b.Title));
        var names = blocks.Select(b => Name(b.Title)).Select(n => n with { Name = listed.Snap(n.Name) }).ToList();
        var summary = _summary.Read(document.Tables, names.Select(n => IndicatorKey.Of(n.Name)).ToHashSet(StringComparer.Ordinal),
            reportingPeriod, previous);
        var fromBlocks = blocks
            .SelectMany((block, i) => Observations(block, names[i], summary.GetValueOrDefault(IndicatorKey.Of(names[i].Name)),
                new ReportPeriods(reportingPeriod, previous), council, document.Source.FileName, arrows))
            // A KPI printed twice (a repeated page) is read once.
            .DistinctBy(o => (o.IndicatorKey, o.Period.End))
            .ToList();
        return Combine(fromTables, fromBlocks);
    }

    /// <summary>The name without its reference code or "(rolling 12 months)", and whether it said the latter.</summary>
    private (string Name, bool Rolling) Name(string title)
    {
        var name = _patterns.WithoutReference(title);
        return _patterns.RollingTitle?.Match(name) is { Success: true, Index: > 0 } m ? (name[..m.Index].Trim(), true) : (name, false);
    }

    /// <summary>The report's period and the one before it, which the summary table's columns name.</summary>
    private sealed record ReportPeriods(Period Latest, Period? Previous);

    private IEnumerable<Observation> Observations(KpiBlock block, (string Name, bool Rolling) name, SummaryRow? summary, ReportPeriods report,
        string council, string document, ArrowRules? arrows)
    {
        var indicator = name.Name;
        // A rolling KPI's figures are the twelve months ending where the report's periods end.
        var latest = name.Rolling ? Rolling(report.Latest) : report.Latest;
        var previous = report.Previous is { } before && name.Rolling ? Rolling(before) : report.Previous;
        var latestRaw = block.Values.Value("latest");
        var targetRaw = block.Values.Value("target");
        var (previousRaw, previousWord) = SplitFigureRag(block.Values.Value("previous"));
        var unit = _normaliser.InferUnit(indicator, new[] { targetRaw, latestRaw, previousRaw }.Where(v => v.Length > 0));
        var polarity = Polarity(targetRaw, block.Values.Value("floor"), unit);
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
            Polarity = polarity,
            Unit = unit,
            Period = latest,
        };

        if (previous is not null && (previousRaw.Length > 0 || summary?.RagByPeriod.ContainsKey(report.Previous!.Label) == true))
        {
            var actual = Number(previousRaw, unit);
            var rag = Rag(previousWord, summary, report.Previous!);
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
        var latestRag = Rag(block.RagWord, summary, report.Latest);
        // The box's own arrow, else the summary table's for the KPI (a scan may lose the one in the box).
        var dotRaw = block.DotRaw.Length > 0 ? block.DotRaw : summary?.DotRaw ?? "";
        yield return row with
        {
            Dot = _directions.Read(dotRaw, polarity, arrows),
            DotRaw = dotRaw,
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

    private static Period Rolling(Period period) => Period.RollingTwelveMonths(period.End.Year, period.End.Month);

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

    /// <summary>
    /// One observation per indicator and period end: a block's reading wins, the table's fills what it leaves
    /// empty. Periods are matched by their end because a summary table says "Latest" where the block says
    /// which kind of period ("(rolling 12 months)"): both mean the figure up to the report's date.
    /// </summary>
    private static List<Observation> Combine(IReadOnlyList<Observation> fromTables, List<Observation> fromBlocks)
    {
        var byKey = fromBlocks.ToDictionary(o => (o.IndicatorKey, o.Period.End));
        var merged = new List<Observation>(fromTables.Count + fromBlocks.Count);
        foreach (var table in fromTables)
        {
            if (!byKey.TryGetValue((table.IndicatorKey, table.Period.End), out var block))
            {
                merged.Add(table);
                continue;
            }
            byKey[(table.IndicatorKey, table.Period.End)] = block with
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
                Dot = table.Dot ?? block.Dot,
                DotYoy = table.DotYoy,
                DotRaw = table.Dot is null ? block.DotRaw : table.DotRaw,
                Benchmark = table.Benchmark,
                Owner = table.Owner,
                Commentary = block.Commentary.Length > 0 ? block.Commentary : table.Commentary,
            };
        }
        merged.AddRange(fromBlocks.Select(b => byKey[(b.IndicatorKey, b.Period.End)]));
        return merged;
    }
}
