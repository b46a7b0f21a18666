using CorpusBuilder.Contract;
using CorpusBuilder.Derivation;
using CorpusBuilder.Harrow.Scorecard;
using CorpusBuilder.Harrow.Strategic;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Harrow.Series;

/// <summary>One period's target, actual and RAG cells of an indicator, as printed.</summary>
internal sealed record PeriodCells(string Target, string Actual, string Rag);

/// <summary>
/// Harrow's 2022/23 to 2024/25 quarterly series per scorecard indicator, one source for every document that
/// prints a quarter, so a value reads the same wherever it appears. Known quarters come from the seeds: Q1 2022/23,
/// Q4 2022/23 and Q1 2023/24 from the scorecard (seed 000), Q2 2023/24 from the strategic report (seed 001) for
/// the 64 indicators it shares. Every other quarter is derived from the quarter before it (<see cref="Derive"/>).
/// </summary>
internal sealed class HarrowSeries
{
    private const double AbsenceChance = 0.04;

    private readonly Dictionary<(string Indicator, string Period), PeriodCells> _cells = new();
    private readonly Dictionary<string, SeedRow> _rows = new(StringComparer.Ordinal);

    public HarrowSeries(IReadOnlyList<SeedRow> scorecard, IReadOnlyList<RatedIndicator> strategicQ2)
    {
        var seedQuarter = Period.FinancialQuarter(2023, 1);
        foreach (var row in scorecard.Where(r => r.Kind == SeedRowKind.Indicator))
        {
            var indicator = row[ScorecardColumns.Indicator].Clean;
            _rows[indicator] = row;
            foreach (var g in ScorecardColumns.Groups(seedQuarter))
                _cells[(indicator, g.Period.Label)] = new PeriodCells(row[g.Target].Clean, row[g.Actual].Clean, row[g.Rag].Clean);
        }
        var byKey = _rows.Keys.ToDictionary(IndicatorKey.Of, k => k, StringComparer.Ordinal);
        foreach (var rated in strategicQ2)
        {
            var indicator = byKey.TryGetValue(IndicatorKey.Of(rated.Indicator), out var found) ? found
                : throw new InvalidDataException($"strategic indicator '{rated.Indicator}' is not on the scorecard");
            _cells[(indicator, StrategicObservations.Quarter.Label)] = new PeriodCells(
                TextNormaliser.Collapse(rated.Line.Target), TextNormaliser.Collapse(rated.Line.Actual), RagText(rated.Rag, "GREEN"));
        }
    }

    /// <summary>The scorecard's name for an indicator printed elsewhere with other spacing or punctuation.</summary>
    public string Match(string printedName)
    {
        var key = IndicatorKey.Of(printedName);
        return _rows.Keys.SingleOrDefault(k => IndicatorKey.Of(k) == key)
               ?? throw new InvalidDataException($"'{printedName}' is not on the scorecard");
    }

    /// <summary>The row's unit read from the seed scorecard's cells: it decides how values drift and how RAG is computed.</summary>
    public Unit UnitOf(string indicator)
    {
        var row = _rows[indicator];
        var cells = ScorecardColumns.Groups(Period.FinancialQuarter(2023, 1)).SelectMany(g => new[] { row[g.Target].Clean, row[g.Actual].Clean });
        return UnitOverrides.For(indicator) ?? RowUnit.Of(indicator, cells);
    }

    public Polarity? PolarityOf(string indicator) => Vocabulary.PolarityMark(_rows[indicator][ScorecardColumns.Polarity].Clean);

    public PeriodCells Cells(string indicator, Period quarter)
    {
        if (_cells.TryGetValue((indicator, quarter.Label), out var known)) return known;
        var derived = Derive(indicator, quarter);
        _cells[(indicator, quarter.Label)] = derived;
        return derived;
    }

    /// <summary>
    /// A quarter from the one before it, in the style of the year's first seeded quarter (the template: Q1 2022/23 for
    /// 2022/23, Q1 2023/24 after). Target: the previous quarter's within a year, else the template's. Actual: a small
    /// drift (<see cref="Drift"/>) of the last printed figure, in the previous cell's print style; cells that print no
    /// single figure (absence markers, "2022-23 0.19% / 32 Harrow data", survey notes) repeat the template, RAG cell
    /// included; now and then (4%) a figure is missing ("-"). RAG: Harrow's key on target and actual (green met target, amber within
    /// 5% of it, red otherwise; <see cref="StrategicRag"/>) wherever the template or the previous quarter prints a RAG
    /// word and both figures exist; otherwise the template's RAG cell.
    /// </summary>
    private PeriodCells Derive(string indicator, Period quarter)
    {
        var (year, _) = ScorecardPeriods.Parts(quarter);
        var template = Cells(indicator, Period.FinancialQuarter(year <= 2022 ? 2022 : 2023, 1));
        var previousQuarter = ScorecardPeriods.Previous(quarter);
        var previous = Cells(indicator, previousQuarter);
        var sameYear = ScorecardPeriods.Parts(previousQuarter).Year == year;
        var unit = UnitOf(indicator);
        var random = new SeededRandom($"harrow-scorecard|{indicator}|{quarter.Label}");

        var target = sameYear && !AbsenceMarkers.IsAbsent(previous.Target) ? previous.Target : template.Target;

        var styleSource = PrintedNumberStyle.IsSimple(previous.Actual) ? previous.Actual
            : PrintedNumberStyle.IsSimple(template.Actual) ? template.Actual : null;
        var last = LastFigure(indicator, previousQuarter, unit);
        // A cell that prints no single figure is repeated from the template, RAG cell included unless the key decides it.
        if (styleSource is null || last is null)
            return new PeriodCells(target, template.Actual, Rate(indicator, target, template.Actual, template.Rag, previous.Rag, unit) ?? template.Rag);
        var actual = random.Chance(AbsenceChance) ? "-" : Style(styleSource, unit).Format(Drift.Next(last.Value, unit, random));
        var rag = Rate(indicator, target, actual, template.Rag, previous.Rag, unit)
                  ?? (AbsenceMarkers.IsAbsent(actual) && IsRagWord(template.Rag, previous.Rag) ? "n/a" : template.Rag);
        return new PeriodCells(target, actual, rag);
    }

    /// <summary>
    /// Harrow's key applied to the figures the contract reads from the two cells, wherever the template or the
    /// previous quarter prints a RAG word; null when it cannot apply (no word to continue, a figure or the polarity missing).
    /// </summary>
    private string? Rate(string indicator, string target, string actual, string templateRag, string previousRag, Unit unit)
    {
        if (!IsRagWord(templateRag, previousRag)) return null;
        var t = Read(target, unit);
        var a = Read(actual, unit);
        var polarity = PolarityOf(indicator);
        if (t is null || a is null || polarity is not (Polarity.Higher or Polarity.Lower)) return null;
        return RagText(StrategicRag.Compute(polarity.Value, t.Value, a.Value), Vocabulary.RagWord(templateRag) is null ? previousRag : templateRag);
    }

    private static bool IsRagWord(string templateRag, string previousRag) =>
        Vocabulary.RagWord(templateRag) is not null || Vocabulary.RagWord(previousRag) is not null;

    private static decimal? Read(string cell, Unit unit) => AbsenceMarkers.IsAbsent(cell) ? null : CellNumbers.Read(cell).Pick(unit)?.Value;

    /// <summary>
    /// The print style to continue. A bare fraction in a percent row ("0.12" for 12%) is a one-off way of printing;
    /// the derived value is printed as a percentage instead, so it cannot be misread as a fraction of a fraction.
    /// </summary>
    private static PrintedNumberStyle Style(string cell, Unit unit)
    {
        var style = PrintedNumberStyle.Of(cell)!;
        var bareFraction = unit == Unit.Percent && !cell.Contains('%') && CellNumbers.Read(cell).Numbers[0].Value is > 0 and < 1;
        return bareFraction ? new PrintedNumberStyle("", "%", 1, false) : style;
    }

    /// <summary>The latest figure printed for the indicator up to a quarter, looking back at most a year.</summary>
    private decimal? LastFigure(string indicator, Period upTo, Unit unit)
    {
        var q = upTo;
        for (var i = 0; i < 4; i++)
        {
            if (!_cells.ContainsKey((indicator, q.Label)) && !IsSeededOrReachable(q)) return null;
            var figure = Figure(Cells(indicator, q).Actual, unit);
            if (figure is not null) return figure;
            q = ScorecardPeriods.Previous(q);
        }
        return null;
    }

    // Quarters before Q1 2022/23 were never printed: derivation stops there.
    private static bool IsSeededOrReachable(Period q) => q.Start >= new DateOnly(2022, 4, 1);

    private static decimal? Figure(string cell, Unit unit) =>
        AbsenceMarkers.IsAbsent(cell) || !PrintedNumberStyle.IsSimple(cell) && !IsQualifiedFigure(cell) ? null : CellNumbers.Read(cell).Pick(unit)?.Value;

    // Targets such as ">90%" or "<10%" are figures with a qualifier.
    private static bool IsQualifiedFigure(string cell) => cell.Length > 1 && cell[0] is '>' or '<' && PrintedNumberStyle.IsSimple(cell[1..]);

    /// <summary>A RAG word cased like the cell it continues ("GREEN", "Green" or "green").</summary>
    private static string RagText(Rag rag, string styleOf)
    {
        var word = rag.ToString().ToUpperInvariant();
        if (styleOf.Length > 1 && char.IsUpper(styleOf[0]) && char.IsLower(styleOf[1])) return word[0] + word[1..].ToLowerInvariant();
        if (styleOf.Length > 0 && char.IsLower(styleOf[0])) return word.ToLowerInvariant();
        return word;
    }
}
