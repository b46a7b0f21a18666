using Ingest.Core.Observations;

namespace CorpusBuilder.Contract;

/// <summary>
/// A hand decision about one observation where the general reading of the contract is not the right
/// answer for an odd cell. <paramref name="Why"/> is the reason a reviewer reads.
/// </summary>
internal sealed record ObservationOverride(string Indicator, string PeriodLabel, string Why, Func<Observation, Observation> Apply);

internal static class ObservationOverrides
{
    /// <summary>Applies each override to exactly one observation, and insists it changes something, so none goes stale.</summary>
    public static List<Observation> Apply(IReadOnlyList<Observation> observations, IEnumerable<ObservationOverride> overrides)
    {
        var result = observations.ToList();
        foreach (var o in overrides)
        {
            var matches = result.Select((obs, i) => (obs, i))
                .Where(x => x.obs.Indicator == o.Indicator && x.obs.Period.Label == o.PeriodLabel).ToList();
            if (matches.Count != 1)
                throw new InvalidOperationException($"override '{o.Indicator}' {o.PeriodLabel} matches {matches.Count} observations");
            var (before, index) = matches[0];
            var after = o.Apply(before);
            if (after == before)
                throw new InvalidOperationException($"override '{o.Indicator}' {o.PeriodLabel} changes nothing: {o.Why}");
            result[index] = after;
        }
        return result;
    }
}
