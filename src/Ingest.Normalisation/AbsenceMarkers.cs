using System.Text.RegularExpressions;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>Tells whether a cell stands for "no value" (docs/dataset.md, "Which periods become observations").</summary>
internal sealed class AbsenceMarkers
{
    private readonly HashSet<string> _markers;
    private readonly IReadOnlyList<Regex> _patterns;

    public AbsenceMarkers(AbsenceRules rules)
    {
        _markers = rules.Markers.Select(TextNormaliser.Collapse).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _patterns = rules.Patterns.Select(p => RuleRegex.Compile(p, "absence.patterns")).ToList();
    }

    public bool IsAbsent(string raw)
    {
        var text = TextNormaliser.Collapse(raw);
        return text.Length == 0 || _markers.Contains(text) || _patterns.Any(p => p.IsMatch(text));
    }
}
