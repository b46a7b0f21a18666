using System.Collections.Concurrent;
using FuzzySharp;
using Ingest.Core.Observations;
using Ingest.Core.Rules;
using Ingest.Core.Tables;
using Ingest.Dataset.Linking;

namespace Ingest.Dataset.Catalogue;

/// <summary>
/// Ties extracted indicator names to catalogue keys, strongest evidence first: an exact alias, the
/// normalised text (or an NI code), then a fuzzy token-set match at or above the catalogue's threshold.
/// Then the learned linker (when the rules hold its model): a sure link reuses the key, an unsure one stays
/// provisional and is listed with its evidence, so nothing is merged silently.
/// Anything else gets a provisional key so that it is still one series, and is listed for a human.
/// Thread-safe: workers extract documents in parallel and share one matcher.
/// </summary>
public sealed class IndicatorMatcher
{
    private readonly IndicatorCatalogue _catalogue;
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _normalised = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Key, string Text, HashSet<string> Stems)> _fuzzyTargets = [];
    private readonly ConcurrentDictionary<string, IndicatorMatch> _seen = new(StringComparer.Ordinal);
    private readonly IndicatorLinker? _linker;

    public IndicatorMatcher(IndicatorCatalogue catalogue, IndicatorLinker? linker = null)
    {
        _catalogue = catalogue;
        _linker = linker;
        foreach (var entry in catalogue.Entries)
        {
            foreach (var alias in entry.Aliases) _aliases[TextNormaliser.Collapse(alias)] = entry.Key;
            foreach (var text in entry.Aliases.Append(entry.Title).Where(t => !string.IsNullOrWhiteSpace(t)))
            {
                var normal = IndicatorNameNormaliser.Normalise(text);
                if (normal.Length == 0) continue;
                if (!_normalised.TryGetValue(normal, out var keys)) _normalised[normal] = keys = new HashSet<string>(StringComparer.Ordinal);
                keys.Add(entry.Key);
                _fuzzyTargets.Add((entry.Key, normal, Stems(normal)));
            }
            // Only NI codes identify one measure; "Oflog" or an ASCOF family name says where a measure comes from.
            foreach (var code in entry.Codes)
                if (IndicatorNameNormaliser.NiCodeOf(code) is { } ni) _codes.TryAdd(ni, entry.Key);
        }
    }

    public MatchingSettings Settings => _catalogue.Settings;

    public IndicatorLinker? Linker => _linker;

    public IndicatorCatalogue Catalogue => _catalogue;

    /// <summary>The catalogue (with the national indicator sets) and, when its model file is there, the linker.</summary>
    public static IndicatorMatcher FromRules(RulesDirectory rules)
    {
        var catalogue = IndicatorCatalogue.Load(rules);
        var model = Path.Combine(rules.Path, LinkerModel.DefaultPath);
        return new IndicatorMatcher(catalogue, File.Exists(model) ? new IndicatorLinker(catalogue, LinkerModel.Load(model)) : null);
    }

    /// <summary>
    /// What to tell the user when the rules hold no linker model: matching falls back to the catalogue alone,
    /// so names it does not know stay provisional. Null when the model file is there.
    /// </summary>
    public static string? MissingLinkerWarning(RulesDirectory rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var model = Path.Combine(rules.Path, LinkerModel.DefaultPath);
        return File.Exists(model)
            ? null
            : $"warning: no indicator linker model at {model}; names the catalogue does not know stay provisional (build it with 'make train-linker')";
    }

    public IndicatorMatch Match(string indicatorName) =>
        _seen.GetOrAdd(TextNormaliser.Collapse(indicatorName), MatchUncached);

    private IndicatorMatch MatchUncached(string name)
    {
        if (_aliases.TryGetValue(name, out var aliasKey))
            return new IndicatorMatch(name, new IndicatorMapping(aliasKey, MatchMethod.Alias, 100), null, 0, null);

        if (IndicatorNameNormaliser.NiCodeOf(name) is { } code && _codes.TryGetValue(code, out var codeKey))
            return new IndicatorMatch(name, new IndicatorMapping(codeKey, MatchMethod.Normalised, 100), null, 0, null);

        var normal = IndicatorNameNormaliser.Normalise(name);
        if (_normalised.TryGetValue(normal, out var keys))
        {
            var key = keys.Order(StringComparer.Ordinal).First();
            var reason = keys.Count > 1 ? $"normalised text matches {keys.Count} keys: {string.Join(", ", keys.Order(StringComparer.Ordinal))}" : null;
            return new IndicatorMatch(name, new IndicatorMapping(key, MatchMethod.Normalised, 100),
                keys.Count > 1 ? keys.Order(StringComparer.Ordinal).ElementAt(1) : null, keys.Count > 1 ? 100 : 0, reason);
        }

        var (best, bestText, bestScore, runnerUp, runnerUpScore) = Fuzzy(normal);
        var settings = _catalogue.Settings;
        if (best is not null && bestScore >= settings.FuzzyThreshold && !UnitsConflict(name, best))
        {
            string? reason = null;
            if (runnerUp is not null && bestScore - runnerUpScore < settings.SuspectMargin)
            {
                // Two keys read alike (primary, secondary and special exclusions against secondary alone):
                // the linker, weighing numbers, units and the rarer words, may tell which one it is.
                if (_linker?.Link(new PrintedIndicator(name)) is { } decided)
                {
                    if (decided.Probability >= settings.LinkerSure && decided.RunnerUpProbability < settings.LinkerSure)
                        return new IndicatorMatch(name, new IndicatorMapping(decided.Key, MatchMethod.Linked, Math.Round(100.0 * decided.Probability, 1)),
                            decided.RunnerUp, 100.0 * decided.RunnerUpProbability, null);
                    // The linker leans to another key: taking the fuzzy winner would merge two measures unseen.
                    if (decided.Key != best)
                        return new IndicatorMatch(name, new IndicatorMapping(IndicatorCatalogue.ProvisionalPrefix + IndicatorKey.Of(name), MatchMethod.Provisional, bestScore),
                            decided.Key, 100.0 * decided.Probability, $"ambiguous: {best} scores {bestScore:0}, {runnerUp} {runnerUpScore:0}; " + decided.Describe());
                }
                reason = $"ambiguous: {runnerUp} scores {runnerUpScore:0}";
            }
            else if (bestScore < settings.FuzzyThreshold + settings.SuspectMargin)
                reason = $"fuzzy score {bestScore:0} is near the threshold {settings.FuzzyThreshold}";
            // Token-set scores 100 when one name's words are all in the other: "X" and "X for under-5s" differ.
            else if (Fuzz.TokenSortRatio(normal, bestText) < settings.FuzzyThreshold)
                reason = $"the names share words but one says more: \"{bestText}\"";
            return new IndicatorMatch(name, new IndicatorMapping(best, MatchMethod.Fuzzy, bestScore), runnerUp, runnerUpScore, reason);
        }

        var provisional = new IndicatorMapping(IndicatorCatalogue.ProvisionalPrefix + IndicatorKey.Of(name), MatchMethod.Provisional, bestScore);
        if (_linker?.Link(new PrintedIndicator(name)) is { } link && link.Probability >= settings.LinkerSuspect)
        {
            // Two keys both likely is a question for a human, however sure each looks alone.
            if (link.Probability >= settings.LinkerSure && link.RunnerUpProbability < settings.LinkerSure)
                return new IndicatorMatch(name, new IndicatorMapping(link.Key, MatchMethod.Linked, Math.Round(100.0 * link.Probability, 1)),
                    link.RunnerUp, 100.0 * link.RunnerUpProbability, null);
            return new IndicatorMatch(name, provisional, link.Key, 100.0 * link.Probability, "unsure: " + link.Describe());
        }
        var nearMiss = best is not null && bestScore >= settings.FuzzyThreshold - settings.SuspectMargin
            ? $"near miss: {best} scores {bestScore:0}, below the threshold {settings.FuzzyThreshold}"
            : null;
        return new IndicatorMatch(name, provisional, best, bestScore, nearMiss);
    }

    /// <summary>
    /// The name says a unit the key does not have: "Fly-tipping incidents per 1,000 pop." shares every word
    /// of "Total number of fly tipping incidents", but a rate is not a count. Left to the linker, which weighs it.
    /// </summary>
    private bool UnitsConflict(string name, string key)
    {
        var printed = UnitGuess.Of(name);
        var unit = _catalogue.Find(key)?.Unit ?? "";
        return printed.Length > 0 && unit.Length > 0 && unit != IndicatorEntry.Unknown && printed != unit;
    }

    /// <summary>The best and second-best catalogue keys (distinct) by token-set ratio against any of their names.</summary>
    private (string? Best, string BestText, double BestScore, string? RunnerUp, double RunnerUpScore) Fuzzy(string normal)
    {
        if (normal.Length == 0) return (null, "", 0, null, 0);
        var perKey = new Dictionary<string, (int Score, string Text)>(StringComparer.Ordinal);
        var stems = Stems(normal);
        foreach (var (key, text, targetStems) in _fuzzyTargets)
        {
            // Names sharing fewer than half their word stems do not reach the threshold; skipping them keeps a
            // sheet of 50,000 unknown names from costing minutes (token-set scoring is the expensive part).
            if (!SharesHalfTheStems(stems, targetStems)) continue;
            var score = Fuzz.TokenSetRatio(normal, text);
            if (!perKey.TryGetValue(key, out var previous) || score > previous.Score) perKey[key] = (score, text);
        }
        var ranked = perKey.OrderByDescending(p => p.Value.Score).ThenBy(p => p.Key, StringComparer.Ordinal).Take(2).ToList();
        return ranked.Count switch
        {
            0 => (null, "", 0, null, 0),
            1 => (ranked[0].Key, ranked[0].Value.Text, ranked[0].Value.Score, null, 0),
            _ => (ranked[0].Key, ranked[0].Value.Text, ranked[0].Value.Score, ranked[1].Key, ranked[1].Value.Score),
        };
    }

    private static bool SharesHalfTheStems(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared > 0 && 2 * shared >= Math.Min(a.Count, b.Count);
    }

    /// <summary>The first three letters of each word: a misread word ending still shares its stem.</summary>
    private static HashSet<string> Stems(string normal) =>
        normal.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 3 ? w[..3] : w).ToHashSet(StringComparer.Ordinal);
}
