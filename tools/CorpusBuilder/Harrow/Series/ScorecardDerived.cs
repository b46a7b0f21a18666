using System.Globalization;
using CorpusBuilder.Contract;
using CorpusBuilder.Derivation;
using CorpusBuilder.Harrow.Scorecard;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.Harrow.Series;

/// <summary>
/// The corporate scorecard for another quarter: the seed's rows, sections, benchmarks, polarities and portfolio
/// holders unchanged, the three period groups shifted (same quarter last year, previous quarter, reporting
/// quarter) and filled from <see cref="HarrowSeries"/>, header texts shifted in the seed's own spelling, the trend
/// recomputed and a short generated commentary for red and amber rows.
/// </summary>
internal static class ScorecardDerived
{
    public static IReadOnlyList<SeedRow> Rows(IReadOnlyList<SeedRow> seed, Period latest, HarrowSeries series)
    {
        var groups = ScorecardColumns.Groups(latest);
        return seed.Select(row => row.Kind switch
        {
            SeedRowKind.Header => Replace(row, HeaderTexts(groups).ToDictionary(h => h.Column, h => h.Text)),
            SeedRowKind.Indicator => Replace(row, IndicatorTexts(row, groups, series)),
            _ => row,
        }).ToList();
    }

    private static IEnumerable<(int Column, string Text)> HeaderTexts(IReadOnlyList<PeriodGroup> g)
    {
        var (lastYear, current) = (g[0].Period, g[2].Period);
        var (ly, q) = ScorecardPeriods.Parts(lastYear);
        var (py, pq) = ScorecardPeriods.Parts(g[1].Period);
        var (cy, cq) = ScorecardPeriods.Parts(current);
        // The seed's own spellings: "RAG Q1 - 22/23", "Actual Q4 - 2022/23", "RAG - Q4 22/23", a bare "RAG".
        yield return (g[0].Target, $"Target Q{q} {Long(ly)}");
        yield return (g[0].Actual, $"Actual Q{q} {Long(ly)}");
        yield return (g[0].Rag, $"RAG Q{q} - {Short(ly)}");
        yield return (g[1].Target, $"Target Q{pq} {Long(py)}");
        yield return (g[1].Actual, $"Actual Q{pq} - {Long(py)}");
        yield return (g[1].Rag, $"RAG - Q{pq} {Short(py)}");
        yield return (g[2].Target, $"Target Q{cq} {Long(cy)}");
        yield return (g[2].Actual, $"Actual Q{cq} {Long(cy)}");
        yield return (g[2].Rag, "RAG");
        yield return (ScorecardColumns.Commentary, $"Management Commentary Q{cq} {Short(cy)}");
    }

    private static Dictionary<int, string> IndicatorTexts(SeedRow row, IReadOnlyList<PeriodGroup> groups, HarrowSeries series)
    {
        var indicator = row[ScorecardColumns.Indicator].Clean;
        var texts = new Dictionary<int, string>();
        foreach (var g in groups)
        {
            var cells = series.Cells(indicator, g.Period);
            texts[g.Target] = cells.Target;
            texts[g.Actual] = cells.Actual;
            texts[g.Rag] = cells.Rag;
        }
        var latest = groups[^1].Period;
        var now = series.Cells(indicator, latest);
        texts[ScorecardColumns.Trend] = Trend(series, indicator, now.Actual, series.Cells(indicator, groups[1].Period).Actual);
        texts[ScorecardColumns.Commentary] = Commentary(now);
        return texts;
    }

    /// <summary>Harrow's trend words compare the quarter with the one before: within half a point (percent) or 1% (other units) is Similar.</summary>
    private static string Trend(HarrowSeries series, string indicator, string now, string before)
    {
        var unit = series.UnitOf(indicator);
        var polarity = series.PolarityOf(indicator);
        var a = PrintedNumberStyle.IsSimple(now) ? CellNumbers.Read(now).Pick(unit)?.Value : null;
        var b = PrintedNumberStyle.IsSimple(before) ? CellNumbers.Read(before).Pick(unit)?.Value : null;
        if (a is null || b is null || polarity is not (Polarity.Higher or Polarity.Lower)) return "-";
        var similar = unit == Unit.Percent ? Math.Abs(a.Value - b.Value) < 0.5m : Math.Abs(a.Value - b.Value) < Math.Abs(b.Value) * 0.01m;
        if (similar) return "Similar";
        return (a > b) == (polarity == Polarity.Higher) ? "Improving" : "Declining";
    }

    private static string Commentary(PeriodCells now) => Vocabulary.RagWord(now.Rag) switch
    {
        Rag.Red => $"Performance is off target this quarter ({now.Actual} against a target of {now.Target}). A recovery plan is in place and progress is reviewed monthly by the directorate.",
        Rag.Amber => $"Performance is just short of target ({now.Actual} against {now.Target}) and is expected to recover next quarter.",
        _ => "",
    };

    /// <summary>The row with the given columns' text replaced, each new cell formatted like the cell it replaces.</summary>
    private static SeedRow Replace(SeedRow row, IReadOnlyDictionary<int, string> texts) =>
        row with
        {
            Cells = row.Cells.Select((cell, i) => texts.TryGetValue(i, out var text)
                ? new SeedCell(text.Length == 0 ? [] : [new TextPiece(text, Bold: cell.IsBold)])
                : cell).ToList(),
        };

    private static string Long(int year) => Period.FinancialYearLabel(year);

    private static string Short(int year) => string.Create(CultureInfo.InvariantCulture, $"{year % 100:00}/{(year + 1) % 100:00}");
}
