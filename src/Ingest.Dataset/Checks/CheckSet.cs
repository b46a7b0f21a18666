using Ingest.Core.Observations;
using Ingest.Core.Rules;

namespace Ingest.Dataset.Checks;

/// <summary>Every check, built once from <c>extraction-rules/tolerances.yaml</c>.</summary>
public sealed class CheckSet
{
    /// <param name="legends">Reads a document's own RAG key, which wins over the council's rule; null to use the rules only.</param>
    public CheckSet(CheckRules rules, Ingest.Normalisation.Legends.LegendReader? legends = null)
    {
        All =
        [
            new RagVsValuesCheck(new RagKey(rules.RagTolerances), legends),
            new RagSummaryCheck(new RagSummaryParser(rules.RagSummary)),
            new ValueJumpCheck(rules.ValueJump),
            new DirectionOfTravelCheck(rules.DirectionOfTravel),
            new SilentRevisionCheck(rules.SilentRevision),
        ];
    }

    public static CheckSet FromRules(RulesDirectory rules) =>
        new(CheckRules.Load(rules), Ingest.Normalisation.Normaliser.FromRules(rules).Legends);

    public IReadOnlyList<ICheck> All { get; }

    public IEnumerable<ICheck> Of(CheckScope scope) => All.Where(c => c.Scope == scope);

    /// <summary>Runs the checks of one scope, or only the one named.</summary>
    /// <exception cref="ArgumentException">No check has that name.</exception>
    public IReadOnlyList<Finding> Run(CheckScope scope, CheckInput input, string? only = null)
    {
        if (only is not null && All.All(c => c.Name != only))
            throw new ArgumentException($"no check named '{only}'; checks: {string.Join(", ", All.Select(c => c.Name))}", nameof(only));
        return Of(scope).Where(c => only is null || c.Name == only).SelectMany(c => c.Run(input)).ToList();
    }
}
