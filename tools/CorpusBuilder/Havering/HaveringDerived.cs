using CorpusBuilder.Contract;
using CorpusBuilder.Derivation;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Havering;

/// <summary>
/// Havering's reports for the quarters after the seed's (Q2-Q4 2017/18, Q1-Q2 2018/19), in the seed's layout and
/// vocabulary, every value from one series per indicator so a quarter reads the same wherever it is printed:
/// <list type="bullet">
/// <item>Targets: the annual target as in the seed; the quarter target as in the seed, except cumulative rows (the
/// seed's Q1 target is a quarter of the annual one: admissions 145 of 660, waste 110.25 of 441.01kg, new foster
/// carers 5 of 20, apprentices 308 of 770) whose Q2-Q4 target is the annual target times n/4 (Q1 keeps the
/// seed's).</item>
/// <item>Performance: the seed's Q1 figure moved on by a small seeded drift per quarter (cumulative rows: the Q1
/// figure times n, give or take 8%), printed like the seed's cell ("51% (avg.)", "0.8 days",
/// "118.4kg per head (Provisional)"); cells without a figure stay as printed (N/A); now and then (5%) a figure is
/// N/A. RAG: GREEN when on or better than the quarter target, RED otherwise (Havering's key has no amber); a row
/// whose target is not a figure keeps the seed's RAG word, if any.</item>
/// <item>Comparators: the short term is the previous quarter's performance (Q1 2018/19: the 2017/18 outturn,
/// which is Q4's); the long term is the same quarter a year before. 2016/17 quarters run from the seed's Q1 2016/17
/// figure to its annual 2016/17 outturn (Q4), in between by interpolation; NEW and N/A stay NEW and N/A.</item>
/// <item>Arrows: chosen from the values as for the seed (<see cref="HaveringArrows"/>); comments generated.</item>
/// </list>
/// </summary>
internal sealed class HaveringDerived
{
    private const double AbsenceChance = 0.05;

    private readonly HaveringQuarter _seed;

    public HaveringDerived(HaveringQuarter seed) => _seed = seed;

    public HaveringQuarter Quarter(int financialYear, int quarter)
    {
        var pages = _seed.Pages.Select(page => (IReadOnlyList<HaveringLine>)page.Select(l => Line(l, financialYear, quarter)).ToList()).ToList();
        return new HaveringQuarter(financialYear, quarter, pages);
    }

    private static HaveringLine Line(HaveringLine seed, int year, int quarter)
    {
        var unit = HaveringReading.Unit(seed);
        var polarity = HaveringReading.Polarity(seed);
        var target = QuarterTarget(seed, quarter);
        var (value, rag) = Performance(seed, unit, polarity, year, quarter);
        var (prevYear, prevQuarter) = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
        var shortValue = PerformanceValue(seed, unit, polarity, prevYear, prevQuarter);
        var longValue = year == 2018 ? PerformanceValue(seed, unit, polarity, 2017, quarter) : LastYear(seed, unit, quarter);
        var performance = rag is null ? value : $"{value} {rag}";
        var line = seed with
        {
            QuarterTarget = target,
            Performance = performance,
            ShortValue = shortValue,
            LongValue = longValue,
            Comments = Comment(rag, value),
        };
        return HaveringArrows.Choose(line with { ShortArrow = "", LongArrow = "" });
    }

    private static string QuarterTarget(HaveringLine seed, int quarter)
    {
        if (quarter == 1 || !IsCumulative(seed)) return seed.QuarterTarget;
        var annual = Figure(seed.AnnualTarget, Unit.Count)!.Value;
        return PrintedNumberStyle.Of(seed.AnnualTarget)!.Format(annual * quarter / 4m);
    }

    /// <summary>Rows whose Q1 target is a fraction of the annual one count up through the year.</summary>
    private static bool IsCumulative(HaveringLine seed)
    {
        var annual = Figure(seed.AnnualTarget, Unit.Count);
        var q1 = Figure(seed.QuarterTarget, Unit.Count);
        return annual is not null && q1 is not null && q1 < annual;
    }

    private static string PerformanceValue(HaveringLine seed, Unit unit, Polarity? polarity, int year, int quarter) =>
        Performance(seed, unit, polarity, year, quarter).Value;

    /// <summary>The printed performance of a quarter of 2017/18 or 2018/19 without its RAG word, and the RAG word.</summary>
    private static (string Value, string? Rag) Performance(HaveringLine seed, Unit unit, Polarity? polarity, int year, int quarter)
    {
        var seedValue = WithoutRag(seed.Performance);
        var seedRag = HaveringReading.RagWord(seed.Performance);
        if (year == 2017 && quarter == 1) return (seedValue, seedRag?.ToString().ToUpperInvariant());
        var style = PrintedNumberStyle.Of(seedValue);
        var q1 = Figure(seedValue, unit);
        if (style is null || q1 is null) return (seedValue, null);

        var random = new SeededRandom($"havering|{seed.Indicator}|{year}|Q{quarter}");
        decimal figure;
        if (IsCumulative(seed)) figure = q1.Value * quarter * (1 + random.Signed() * 0.08m);
        else
        {
            var (py, pq) = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
            var before = Figure(Performance(seed, unit, polarity, py, pq).Value, unit) ?? q1.Value;
            figure = Drift.Next(before, unit, random);
        }
        if (random.Chance(AbsenceChance)) return ("N/A", null);
        var printed = style.Format(figure);

        var target = Figure(QuarterTarget(seed, quarter), unit);
        string? rag;
        if (target is not null && polarity is Polarity.Higher or Polarity.Lower)
        {
            var value = style.Round(figure);
            var met = polarity == Polarity.Higher ? value >= target : value <= target;
            rag = met ? "GREEN" : "RED";
        }
        else rag = seedRag?.ToString().ToUpperInvariant();
        return (printed, rag);
    }

    /// <summary>The same quarter of 2016/17, for the long-term comparator of 2017/18's reports.</summary>
    private static string LastYear(HaveringLine seed, Unit unit, int quarter)
    {
        var first = seed.LongValue;
        var q1 = Figure(first, unit);
        if (q1 is null) return first.Length == 0 || first == "N/A" ? "N/A" : first;
        var outturn = Figure(seed.ShortValue, unit);
        var style = PrintedNumberStyle.Of(first)!;
        if (quarter == 4 && outturn is not null) return style.Format(outturn.Value);
        var random = new SeededRandom($"havering|{seed.Indicator}|2016|Q{quarter}");
        var end = outturn ?? q1.Value;
        var between = q1.Value + (end - q1.Value) * (quarter - 1) / 3m;
        return style.Format(unit == Unit.Percent ? Math.Clamp(between + random.Signed(), 0, 100) : Math.Max(0, between * (1 + random.Signed() * 0.03m)));
    }

    private static string Comment(string? rag, string value) => (rag, value) switch
    {
        (_, "N/A") => "Data is not currently available for this quarter.",
        ("GREEN", _) => "Performance is on or better than target this quarter.",
        ("RED", _) => "Performance is below target this quarter. Corrective Action: the service is reviewing its improvement plan, as detailed in the sub-committee report.",
        _ => "This indicator is reported for information.",
    };

    private static string WithoutRag(string performance)
    {
        var clean = TextNormaliser.Collapse(performance);
        return HaveringReading.RagWord(clean) is null ? clean : clean[..clean.LastIndexOf(' ')];
    }

    private static decimal? Figure(string cell, Unit unit) =>
        AbsenceMarkers.IsAbsent(TextNormaliser.Collapse(cell)) ? null : CellNumbers.Read(TextNormaliser.Collapse(cell)).Pick(unit)?.Value;
}
