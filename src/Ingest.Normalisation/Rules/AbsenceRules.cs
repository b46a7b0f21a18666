namespace Ingest.Normalisation;

/// <summary>Cells that say "no value here": whole-cell markers and regular expressions.</summary>
public sealed record AbsenceRules
{
    public List<string> Markers { get; init; } = [];
    public List<string> Patterns { get; init; } = [];
}
