using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>
/// Within one council, a renamed indicator shows itself by its figures: the later report repeats the earlier
/// report's values for the periods both cover. Each provisional series is compared with the council's other
/// series; a pair the model is sure of (with at least two shared periods, all equal) is a sure link, anything
/// weaker that still shares values is listed for a human. Several equally good candidates are never sure.
/// </summary>
public static class ContinuityLinker
{
    public const int MinimumSharedPeriods = 2;

    /// <param name="series">The council's series by key (provisional and catalogue keys), each with its values by period.</param>
    public static IReadOnlyList<SeriesLink> Find(string council, IReadOnlyDictionary<string, PrintedIndicator> series, IndicatorLinker linker, MatchingSettings settings)
    {
        var links = new List<SeriesLink>();
        foreach (var (provisionalKey, printed) in series.Where(s => s.Key.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal)).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var candidates = series
                .Where(s => s.Key != provisionalKey)
                .Select(s => (Key: s.Key, Score: linker.Compare(s.Value, printed)))
                .Where(c => c.Score.Evidence.SharedPeriods >= MinimumSharedPeriods && c.Score.Evidence.Continuity >= 1f
                            && c.Score.Probability >= settings.LinkerSuspect)
                .OrderByDescending(c => c.Score.Probability).ThenBy(c => c.Key, StringComparer.Ordinal)
                .ToList();
            if (candidates.Count == 0) continue;
            var best = candidates[0];
            var sure = best.Score.Probability >= settings.LinkerSure && candidates.Count(c => c.Score.Probability >= settings.LinkerSure) == 1;
            links.Add(new SeriesLink(council, provisionalKey, printed.Name, best.Key, best.Score.Probability, best.Score.Evidence, sure));
        }
        return links;
    }
}
