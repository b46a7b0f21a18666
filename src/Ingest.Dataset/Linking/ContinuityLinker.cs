using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>
/// Within one council, a renamed indicator shows itself by its figures: the later report repeats the earlier
/// report's values for the periods both cover. Each provisional series is compared with the council's other
/// series; a pair the model is sure of (with at least two shared periods, all equal) is a sure link, anything
/// weaker that still shares values is listed for a human. Several equally good candidates are never sure, nor
/// is one old series claimed surely by two new ones.
/// </summary>
public static class ContinuityLinker
{
    public const int MinimumSharedPeriods = 2;

    /// <param name="series">The council's series by key (provisional and catalogue keys), each with its values by period.</param>
    public static IReadOnlyList<SeriesLink> Find(string council, IReadOnlyDictionary<string, PrintedIndicator> series, IndicatorLinker linker, MatchingSettings settings)
    {
        var provisional = series.Where(s => IsProvisional(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        return Find(council, provisional, series, linker, settings);
    }

    /// <param name="provisional">The series that found no key, by their provisional keys.</param>
    /// <param name="candidates">The series they may continue (a series is never its own candidate).</param>
    public static IReadOnlyList<SeriesLink> Find(string council, IReadOnlyDictionary<string, PrintedIndicator> provisional,
        IReadOnlyDictionary<string, PrintedIndicator> candidates, IndicatorLinker linker, MatchingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(settings);
        var links = new List<SeriesLink>();
        foreach (var (provisionalKey, printed) in provisional.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var ranked = candidates
                .Where(s => s.Key != provisionalKey)
                .Select(s => (Key: s.Key, Score: linker.Compare(s.Value, printed)))
                .Where(c => c.Score.Evidence.SharedPeriods >= MinimumSharedPeriods && c.Score.Evidence.Continuity >= 1f
                            && c.Score.Probability >= settings.LinkerSuspect)
                .OrderByDescending(c => c.Score.Probability).ThenBy(c => c.Key, StringComparer.Ordinal)
                .ToList();
            if (ranked.Count == 0) continue;
            var best = ranked[0];
            var sure = best.Score.Probability >= settings.LinkerSure && ranked.Count(c => c.Score.Probability >= settings.LinkerSure) == 1;
            links.Add(new SeriesLink(council, provisionalKey, printed.Name, best.Key, best.Score.Probability, best.Score.Evidence, sure));
        }
        // Two new series that both continue one old series cannot both be it: a human decides.
        var contested = links.Where(l => l.Sure).GroupBy(l => l.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return links.Select(l => l.Sure && contested.Contains(l.Key) ? l with { Sure = false } : l).ToList();
    }

    private static bool IsProvisional(string key) => key.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal);
}
