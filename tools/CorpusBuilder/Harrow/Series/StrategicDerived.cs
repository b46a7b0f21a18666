using CorpusBuilder.Contract;
using CorpusBuilder.Derivation;
using CorpusBuilder.Harrow.Scorecard;
using CorpusBuilder.Harrow.Strategic;
using CorpusBuilder.Script;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Harrow.Series;

/// <summary>A derived strategic report: its blocks, its rated indicator rows and its quarter.</summary>
internal sealed record DerivedStrategic(IReadOnlyList<ScriptBlock> Blocks, IReadOnlyList<RatedIndicator> Rated, Period Quarter, string Title);

/// <summary>
/// The strategic report (Appendix 1) for a later quarter of 2023/24: the seed's title, introduction, captions,
/// Flagship Actions tables and Performance Indicators tables with "Q2" moved on, the achievements and
/// key-actions sections left out (their prose belongs to Q2). Indicator values come from
/// <see cref="HarrowSeries"/>, so they match the derived scorecards; a row is left out when its quarter prints
/// no single figure for target or actual (real reports drop indicators without data). The bullet colour is
/// the series' RAG. Flagship actions move on one status step at a time with seeded chances (green to completed
/// 20%, amber to green 30%, amber to red 5%, red to amber 30%).
/// </summary>
internal static class StrategicDerived
{
    private static readonly string[] StatusOrder = ["COMPLETED", "GREEN", "AMBER", "RED"];

    public static DerivedStrategic Build(IReadOnlyList<ScriptBlock> seed, HarrowSeries series, Period quarter)
    {
        var (_, q) = ScorecardPeriods.Parts(quarter);
        var steps = q - 2;
        if (steps < 1 || Period.FinancialYearOf(quarter.Start) != 2023) throw new ArgumentOutOfRangeException(nameof(quarter), "Q3 or Q4 2023/24");
        var tag = $"Q{q}";
        var blocks = new List<ScriptBlock>();
        var skipping = false;
        foreach (var block in seed)
        {
            if (block is TextBlock { Kind: "H2" } h2 && h2.Text is "Achievements" or "Key actions over the next quarter")
            {
                skipping = true;
                continue;
            }
            if (skipping && block is TextBlock { Kind: "BULLET" }) continue;
            skipping = false;
            blocks.Add(block switch
            {
                TextBlock { Kind: "H1" or "H2" or "CAPTION" } t => t with { Text = t.Text.Replace("Q2", tag, StringComparison.Ordinal) },
                FlagshipBlock f => Progress(f, steps),
                IndicatorTableBlock pi => Indicators(pi, series, quarter, tag),
                _ => block,
            });
        }
        var rated = IndicatorRating.Place(blocks, (line, table, row, section) =>
        {
            var unit = IndicatorRating.UnitOf(line);
            var cells = series.Cells(series.Match(line.Indicator), quarter);
            var rag = Vocabulary.RagWord(cells.Rag) ?? StrategicRag.Compute(
                Vocabulary.PolarityMark(TextNormaliser.Collapse(line.Polarity))!.Value,
                CellNumbers.Read(cells.Target).Pick(unit)!.Value, CellNumbers.Read(cells.Actual).Pick(unit)!.Value);
            return new RatedIndicator(line, table, row, section, unit, rag, false);
        });
        var title = $"Appendix 1 - Strategic Performance Report {tag} 2023-24";
        return new DerivedStrategic(blocks, rated, quarter, title);
    }

    private static IndicatorTableBlock Indicators(IndicatorTableBlock block, HarrowSeries series, Period quarter, string tag)
    {
        var rows = new List<IndicatorLine>();
        foreach (var line in block.Rows)
        {
            var cells = series.Cells(series.Match(line.Indicator), quarter);
            var target = cells.Target.TrimStart('>', '<');
            if (!PrintedNumberStyle.IsSimple(target) || !PrintedNumberStyle.IsSimple(cells.Actual)) continue;
            rows.Add(line with { Target = cells.Target, Actual = cells.Actual });
        }
        return block with { Header = block.Header.Select(h => h.Replace("Q2", tag, StringComparison.Ordinal)).ToList(), Rows = rows };
    }

    private static FlagshipBlock Progress(FlagshipBlock block, int steps)
    {
        var actions = block.Lines.Where(l => !l.IsStatus).Select(l => (l.Text, Status: Step(l.Text, l.Status, steps))).ToList();
        var lines = new List<FlagshipLine>();
        foreach (var status in StatusOrder)
        {
            var under = actions.Where(a => a.Status == status).ToList();
            if (under.Count == 0) continue;
            lines.Add(new FlagshipLine(true, status, status));
            lines.AddRange(under.Select(a => new FlagshipLine(false, status, a.Text)));
        }
        return block with { Lines = lines };
    }

    private static string Step(string action, string status, int steps)
    {
        for (var s = 1; s <= steps; s++)
        {
            var roll = new SeededRandom($"harrow-flagship|{action}|{s}").NextDouble();
            status = status switch
            {
                "GREEN" when roll < 0.2 => "COMPLETED",
                "AMBER" when roll < 0.3 => "GREEN",
                "AMBER" when roll > 0.95 => "RED",
                "RED" when roll < 0.3 => "AMBER",
                _ => status,
            };
        }
        return status;
    }
}
