using System.Text.RegularExpressions;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>
/// Reads a target cell (docs/dataset.md, "Qualifiers"): a recognised qualifier phrase wins; otherwise the
/// target is <c>text</c> when it has words beyond unit words, and a plain number ("") when it has not.
/// </summary>
internal sealed class TargetParser
{
    private const string FreeText = "text";
    private static readonly Regex Words = new(@"\p{L}+", RuleRegex.Options, RuleRegex.Timeout);

    private readonly IReadOnlyList<(string Qualifier, Regex Pattern)> _qualifiers;
    private readonly HashSet<string> _unitWords;
    private readonly NumberParser _numbers;
    private readonly AbsenceMarkers _absence;

    public TargetParser(TargetRules rules, NumberParser numbers, AbsenceMarkers absence)
    {
        _qualifiers = rules.Qualifiers
            .Select(q => (Valid(q.Qualifier), RuleRegex.Compile(q.Pattern, "targets.qualifiers")))
            .ToList();
        _unitWords = rules.UnitWords.Select(w => w.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _numbers = numbers;
        _absence = absence;
    }

    public TargetReading Parse(string raw, Unit? rowUnit)
    {
        var text = TextNormaliser.Collapse(raw);
        var number = _numbers.Parse(text, rowUnit);
        foreach (var (qualifier, pattern) in _qualifiers)
            if (pattern.IsMatch(text)) return new TargetReading(number.Value, qualifier, number.Confidence);

        if (_absence.IsAbsent(text)) return new TargetReading(null, "", 1.0);
        var qualifierOfPlainCell = Words.Matches(text).Any(w => !_unitWords.Contains(w.Value)) ? FreeText : "";
        return new TargetReading(number.Value, qualifierOfPlainCell, number.Confidence);
    }

    private static string Valid(string qualifier)
    {
        var trimmed = qualifier.Trim();
        if (trimmed.Length == 0 || !trimmed.All(c => c is >= 'a' and <= 'z' or '_'))
            throw new InvalidDataException(
                $"{NormalisationRules.FileName}, targets.qualifiers: '{qualifier}' is not a target_qualifier name (lower-case, underscores)");
        return trimmed;
    }
}
