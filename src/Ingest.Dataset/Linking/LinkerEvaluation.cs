using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>Counts, for held-out names whose right key is known, what kept its key, what went astray and what stayed provisional.</summary>
public static class LinkerEvaluation
{
    /// <summary>Runs each name through the matcher.</summary>
    public static LinkerFigures Evaluate(IndicatorMatcher matcher, IReadOnlyList<(string Key, string Name)> cases)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(cases);
        return Score(cases.Select(c => matcher.Match(c.Name)).Zip(cases, (m, c) => (c.Key, m.Mapping, m.IsSuspect)).ToList());
    }

    /// <summary>Scores mappings already made (say, as a whole document was loaded).</summary>
    public static LinkerFigures Score(IReadOnlyList<(string Key, IndicatorMapping Mapping, bool Suspect)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int kept = 0, wrong = 0, provisional = 0, leftToLinker = 0, linkedRight = 0, linkedWrong = 0, suspect = 0;
        var expectedByKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var provisionalByKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, mapping, isSuspect) in outcomes)
        {
            var method = mapping.Method;
            if (isSuspect) suspect++;
            if (method is MatchMethod.Linked or MatchMethod.Provisional) leftToLinker++;
            // A series linked to another provisional series (by continuity) is still without a catalogue key.
            if (method == MatchMethod.Provisional || mapping.Key.StartsWith(IndicatorCatalogue.ProvisionalPrefix, StringComparison.Ordinal))
            {
                provisional++;
                if (!provisionalByKey.TryGetValue(mapping.Key, out var measures)) provisionalByKey[mapping.Key] = measures = new HashSet<string>(StringComparer.Ordinal);
                measures.Add(key);
                continue;
            }
            if (mapping.Key == key) kept++;
            else wrong++;
            if (method == MatchMethod.Linked)
            {
                if (mapping.Key == key) linkedRight++;
                else linkedWrong++;
            }
            if (!expectedByKey.TryGetValue(mapping.Key, out var expected)) expectedByKey[mapping.Key] = expected = new HashSet<string>(StringComparer.Ordinal);
            expected.Add(key);
        }
        // A catalogue key given to a measure not its own, or one provisional key given to two measures.
        var shared = expectedByKey.Count(p => p.Value.Count > 1 || !p.Value.Contains(p.Key)) + provisionalByKey.Count(p => p.Value.Count > 1);
        return new LinkerFigures(outcomes.Count, kept, wrong, provisional, leftToLinker, linkedRight, linkedWrong, shared, suspect);
    }
}
