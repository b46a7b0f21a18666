using Ingest.Core.Observations;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Councils;

namespace Ingest.Dataset.Enrichment;

/// <summary>
/// After extraction: gives every observation its catalogue identity (<see cref="Observation.Mapping"/>) and
/// its council's ONS code. Only adds; the extracted values and the contract columns stay as read, so a
/// catalogue edit never changes what `ingest eval` compares.
/// </summary>
public sealed class ObservationEnricher
{
    private readonly IndicatorMatcher _matcher;
    private readonly CouncilDirectory _councils;

    public ObservationEnricher(IndicatorMatcher matcher, CouncilDirectory councils)
    {
        _matcher = matcher;
        _councils = councils;
    }

    public static ObservationEnricher FromRules(RulesDirectory rules) =>
        new(IndicatorMatcher.FromRules(rules), CouncilDirectory.Load(rules));

    public IndicatorMatcher Matcher => _matcher;

    public IReadOnlyList<Observation> Enrich(IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return observations
            .Select(o => o with
            {
                Mapping = _matcher.Match(o.Indicator).Mapping,
                CouncilCode = o.CouncilCode.Length > 0 ? o.CouncilCode : _councils.OnsCode(o.Council),
            })
            .ToList();
    }
}
