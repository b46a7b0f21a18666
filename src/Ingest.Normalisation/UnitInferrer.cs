using Ingest.Core.Observations;

namespace Ingest.Normalisation;

/// <summary>
/// The unit of a row (docs/dataset.md, "Unit"): the indicator name's keywords first, in the rules' order;
/// else the values: mostly "%" -> percent, numbers -> count, only words -> text, nothing present -> unknown.
/// </summary>
internal sealed class UnitInferrer
{
    private readonly IReadOnlyList<(Unit Unit, PhraseMatcher Keywords, bool Weak)> _nameKeywords;
    private readonly double _percentMajority;
    private readonly NumberParser _numbers;
    private readonly AbsenceMarkers _absence;

    public UnitInferrer(UnitRules rules, NumberParser numbers, AbsenceMarkers absence)
    {
        _nameKeywords = rules.NameKeywords
            .Select(k => (UnitOf(k.Unit), new PhraseMatcher(k.Keywords, "units.name_keywords"), k.YieldsToPercentValues))
            .ToList();
        _percentMajority = rules.PercentMajority;
        _numbers = numbers;
        _absence = absence;
    }

    public Unit? Infer(string indicatorName, IEnumerable<string> rawValues)
    {
        var values = rawValues.ToList();
        foreach (var (unit, keywords, weak) in _nameKeywords)
            if (keywords.IsMatch(indicatorName))
                return weak && FromValues(values) == Unit.Percent ? Unit.Percent : unit;
        return FromValues(values);
    }

    private Unit? FromValues(IReadOnlyList<string> rawValues)
    {
        var present = rawValues.Where(v => !_absence.IsAbsent(v)).ToList();
        if (present.Count == 0) return null;
        var numbers = present.Select(v => _numbers.Parse(v, null)).Where(r => r.Value is not null).ToList();
        if (numbers.Count == 0) return Unit.Text;
        return numbers.Count(r => r.HadPercentSign) > numbers.Count * _percentMajority ? Unit.Percent : Unit.Count;
    }

    private static Unit UnitOf(string name) => VocabularyNames.TryParse<Unit>(name, out var unit)
        ? unit
        : throw new InvalidDataException($"{NormalisationRules.FileName}, units.name_keywords: unknown unit '{name}'");
}
