using Ingest.Core.Observations;
using Ingest.Core.Rules;

namespace Ingest.Normalisation;

/// <summary>
/// Turns the printed text of cells into dataset values (docs/dataset.md). Every reading is pure and driven
/// by <c>extraction-rules/normalisation.yaml</c>; this facade only hands each question to the class that
/// answers it, so one instance can be shared by every table of a run.
/// </summary>
public sealed class Normaliser
{
    private readonly AbsenceMarkers _absence;
    private readonly NumberParser _numbers;
    private readonly TargetParser _targets;
    private readonly RagReader _rag;
    private readonly DirectionReader _direction;
    private readonly PolarityReader _polarity;
    private readonly PeriodParser _periods;
    private readonly UnitInferrer _units;
    private readonly IReadOnlyList<string> _arrows;

    public Normaliser(NormalisationRules rules)
    {
        var months = new MonthNames(rules.Periods);
        _absence = new AbsenceMarkers(rules.Absence);
        _numbers = new NumberParser(rules.Numbers, months);
        _targets = new TargetParser(rules.Targets, _numbers, _absence);
        _rag = new RagReader(rules.Rag);
        _direction = new DirectionReader(rules.Direction);
        _polarity = new PolarityReader(rules.Polarity);
        _periods = new PeriodParser(rules.Periods, months);
        _units = new UnitInferrer(rules.Units, _numbers, _absence);
        Legends = new Legends.LegendReader(rules);
        // Longest first, so that a two-glyph mark ("◄►") is taken whole.
        _arrows = [.. rules.Legend.UpArrows.Concat(rules.Legend.DownArrows).Concat(rules.Legend.LevelArrows).OrderByDescending(a => a.Length)];
    }

    /// <summary>Reads the key a document prints for its arrows and RAGs.</summary>
    public Legends.LegendReader Legends { get; }

    public static Normaliser FromRules(RulesDirectory rules) =>
        new(rules.Load<NormalisationRules>(NormalisationRules.FileName));

    /// <summary>Empty, or an absence marker ("-", "N/A", "Annual", "NEW in 2033/23", ...).</summary>
    public bool IsAbsent(string raw) => _absence.IsAbsent(raw);

    /// <summary>The value of a cell in display units; <paramref name="rowUnit"/> picks among several numbers and rescales fractions.</summary>
    public NumberReading ParseNumber(string raw, Unit? rowUnit) => _numbers.Parse(raw, rowUnit);

    /// <summary>A target's number and qualifier (">90%" -> 90, "gt").</summary>
    public TargetReading ParseTarget(string raw, Unit? rowUnit) => _targets.Parse(raw, rowUnit);

    /// <summary>A RAG word or code in the cell ("GREEN", "A", "LG", "83% RED"), or null.</summary>
    public Rag? ParseRagWord(string raw) => _rag.FromWord(raw);

    /// <summary>The RAG a colour ("RRGGBB") stands for, or null for white, grey, black, "auto" and other colours.</summary>
    public Rag? RagFromColour(string? rrggbb) => _rag.FromColour(rrggbb);

    /// <summary>A direction-of-travel word ("Improving", "Similar", "Declining"); arrows are read per council, not here.</summary>
    public Direction? ParseDirectionWord(string raw) => _direction.Parse(raw);

    /// <summary>A direction-of-travel word, or nothing but arrows ("↑", "▼", "◄ ►"): what a trend column holds.</summary>
    public bool IsDirectionMark(string raw)
    {
        if (ParseDirectionWord(raw) is not null) return true;
        var text = string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));
        if (text.Length == 0) return false;
        foreach (var arrow in _arrows) text = text.Replace(arrow, "", StringComparison.Ordinal);
        return text.Length == 0;
    }

    /// <summary>Which direction is good ("▲", "Bigger is better" -> higher), or null.</summary>
    public Polarity? ParsePolarity(string raw) => _polarity.Parse(raw);

    /// <summary>
    /// The first period named in a header or title, or null. <paramref name="contextFinancialYear"/> (the
    /// starting year of the document's financial year) dates a bare month or a quarter printed without a year.
    /// </summary>
    public Period? FindPeriod(string text, int? contextFinancialYear = null) => _periods.Find(text, contextFinancialYear, null);

    /// <summary>
    /// As <see cref="FindPeriod(string, int?)"/>, with the document's reporting period as context: a quarter
    /// without a year takes its financial year, and a month without a year lies in the twelve months that
    /// end with it (a Q1 2010/11 report's "March" is March 2010).
    /// </summary>
    public Period? FindPeriod(string text, Period? reportingPeriod) => reportingPeriod is null
        ? _periods.Find(text, null, null)
        : _periods.Find(text, Period.FinancialYearOf(reportingPeriod.Start), reportingPeriod.End);

    /// <summary>The unit of a row from its indicator name, else from its values; null when nothing tells.</summary>
    public Unit? InferUnit(string indicatorName, IEnumerable<string> rawValues) => _units.Infer(indicatorName, rawValues);
}
