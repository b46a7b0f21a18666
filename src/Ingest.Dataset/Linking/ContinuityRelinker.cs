using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>
/// When a council's later report is loaded: a series that found no key but repeats, for the periods both
/// report, the values of a series the council's earlier reports already hold is that series under a new
/// name. A sure link gives it the earlier key (<see cref="MatchMethod.Linked"/>); an unsure one leaves it
/// provisional, to be listed by `ingest indicators --suspect` with the evidence.
/// </summary>
public sealed class ContinuityRelinker
{
    private readonly IndicatorLinker _linker;
    private readonly MatchingSettings _settings;

    public ContinuityRelinker(IndicatorLinker linker, MatchingSettings settings)
    {
        _linker = linker;
        _settings = settings;
    }

    /// <param name="observations">One document's observations, already matched to the catalogue.</param>
    /// <param name="earlier">The council's series already loaded, by key, each with its values by period label.</param>
    public ContinuityResult Relink(IReadOnlyList<Observation> observations, IReadOnlyDictionary<string, PrintedIndicator> earlier)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(earlier);
        var present = observations.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var provisional = observations.Where(o => o.Mapping?.Method == MatchMethod.Provisional)
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Printed(g.ToList()), StringComparer.Ordinal);
        if (provisional.Count == 0) return new ContinuityResult(observations, []);
        // A series this report prints under its own key is not the one a new name replaced.
        var candidates = earlier.Where(s => !present.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        var council = observations[0].Council;
        var links = ContinuityLinker.Find(council, provisional, candidates, _linker, _settings);
        var sure = links.Where(l => l.Sure).ToDictionary(l => l.ProvisionalKey, StringComparer.Ordinal);
        if (sure.Count == 0) return new ContinuityResult(observations, links);
        var relinked = observations
            .Select(o => o.Mapping is { } m && sure.TryGetValue(m.Key, out var link)
                ? o with { Mapping = new IndicatorMapping(link.Key, MatchMethod.Linked, Math.Round(100.0 * link.Probability, 1)) }
                : o)
            .ToList();
        return new ContinuityResult(relinked, links);
    }

    /// <summary>A provisional series as the linker reads it: its printed name, unit and actual value per period.</summary>
    public static PrintedIndicator Printed(IReadOnlyList<Observation> series) =>
        new(series[0].Indicator)
        {
            Unit = series.Select(o => o.Unit).FirstOrDefault(u => u is not null) is { } unit ? unit.Name() : "",
            Section = series[0].Section,
            Values = series.Where(o => o.Actual is not null)
                .GroupBy(o => o.Period.Label, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (double)g.Last().Actual!.Value, StringComparer.Ordinal),
        };

    private static string KeyOf(Observation o) => o.Mapping?.Key ?? IndicatorCatalogue.ProvisionalPrefix + o.IndicatorKey;
}

/// <summary>A document's observations after continuity linking, and every pair it found (sure and unsure).</summary>
public sealed record ContinuityResult(IReadOnlyList<Observation> Observations, IReadOnlyList<SeriesLink> Links);
