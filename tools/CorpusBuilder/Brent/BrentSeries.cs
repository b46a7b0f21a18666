using CorpusBuilder.Contract;
using CorpusBuilder.Derivation;
using CorpusBuilder.Harrow.Scorecard;
using Ingest.Core.Observations;

namespace CorpusBuilder.Brent;

/// <summary>
/// Brent's generated series (test data). Q1 2023/24 is the data file's figure; each later quarter moves on from
/// the one before by a small seeded drift, printed like the first figure; a running total (targets that rise
/// through the year) stays near the same share of its quarter's target. About one figure in twenty is missing
/// (n/a). Targets repeat each year.
/// </summary>
internal sealed class BrentSeries
{
    private const double AbsenceChance = 0.05;
    public const string Missing = "n/a";

    private readonly Dictionary<(string Ref, string Period), string> _actuals = new();

    public static Unit UnitOf(BrentIndicator indicator) =>
        UnitOverrides.For(indicator.Name) ?? RowUnit.FromName(indicator.Name)
        ?? (indicator.FirstActual.Contains('%') ? Unit.Percent : Unit.Count);

    public static Polarity PolarityOf(BrentIndicator indicator) => Vocabulary.PolarityMark(indicator.GoodIs)
        ?? throw new InvalidDataException($"{indicator.Ref}: Good is '{indicator.GoodIs}'");

    public static string Target(BrentIndicator indicator, Period quarter) => indicator.Targets[ScorecardPeriods.Parts(quarter).Quarter - 1];

    public string Actual(BrentIndicator indicator, Period quarter)
    {
        if (quarter == Period.FinancialQuarter(2023, 1)) return indicator.FirstActual;
        if (quarter.Start < new DateOnly(2023, 4, 1)) throw new ArgumentOutOfRangeException(nameof(quarter), "the series starts in Q1 2023/24");
        if (_actuals.TryGetValue((indicator.Ref, quarter.Label), out var known)) return known;

        var random = new SeededRandom($"brent|{indicator.Ref}|{quarter.Label}");
        var style = PrintedNumberStyle.Of(indicator.FirstActual)!;
        decimal figure;
        if (indicator.Cumulative)
        {
            var share = Printed(indicator.FirstActual) / Printed(indicator.Targets[0]);
            figure = Printed(Target(indicator, quarter)) * share * (1 + random.Signed() * 0.02m);
        }
        else figure = Drift.Next(LastFigure(indicator, ScorecardPeriods.Previous(quarter)), UnitOf(indicator), random);
        var printed = random.Chance(AbsenceChance) ? Missing : style.Format(figure);
        _actuals[(indicator.Ref, quarter.Label)] = printed;
        return printed;
    }

    /// <summary>Brent's key: green on or better than target, amber within 10% of it (relative), red otherwise.</summary>
    public static Rag? Rate(BrentIndicator indicator, string target, string actual)
    {
        var unit = UnitOf(indicator);
        var t = Figure(target, unit);
        var a = Figure(actual, unit);
        if (t is null || a is null) return null;
        var shortfall = PolarityOf(indicator) == Polarity.Lower ? a.Value - t.Value : t.Value - a.Value;
        if (shortfall <= 0) return Rag.Green;
        return t.Value != 0 && shortfall / Math.Abs(t.Value) < 0.10m ? Rag.Amber : Rag.Red;
    }

    /// <summary>Improving, Stable (within half a point for percentages, 1% otherwise) or Worsening; "–" without two figures.</summary>
    /// <remarks>A running total is compared as a share of its quarter's target, not as a raw figure that always grows.</remarks>
    public static string Trend(BrentIndicator indicator, Period nowQuarter, string now, Period beforeQuarter, string before)
    {
        var unit = UnitOf(indicator);
        var a = Figure(now, unit);
        var b = Figure(before, unit);
        if (a is null || b is null) return "–";
        if (indicator.Cumulative)
        {
            a = a.Value / Figure(Target(indicator, nowQuarter), unit)!.Value * 100;
            b = b.Value / Figure(Target(indicator, beforeQuarter), unit)!.Value * 100;
            unit = Unit.Percent;
        }
        var (x, y) = (a.Value, b.Value);
        var stable = unit == Unit.Percent ? Math.Abs(x - y) < 0.5m : Math.Abs(x - y) < Math.Abs(y) * 0.01m;
        if (stable) return "Stable";
        return (x > y) == (PolarityOf(indicator) == Polarity.Higher) ? "Improving" : "Worsening";
    }

    private decimal LastFigure(BrentIndicator indicator, Period quarter)
    {
        for (var q = quarter; ; q = ScorecardPeriods.Previous(q))
        {
            var printed = Actual(indicator, q);
            if (printed != Missing) return Printed(printed);
        }
    }

    private static decimal Printed(string cell) => PrintedNumberStyle.FirstValue(cell) ?? throw new InvalidDataException($"no figure in '{cell}'");

    private static decimal? Figure(string cell, Unit unit) => AbsenceMarkers.IsAbsent(cell) ? null : CellNumbers.Read(cell).Pick(unit)?.Value;
}
