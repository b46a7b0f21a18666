using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>Runs held-out names through the matcher and counts what kept its key, what went astray and what stayed provisional.</summary>
public static class LinkerEvaluation
{
    public static LinkerFigures Evaluate(IndicatorMatcher matcher, IReadOnlyList<(string Key, string Name)> cases)
    {
        int kept = 0, wrong = 0, provisional = 0, leftToLinker = 0, linkedRight = 0, linkedWrong = 0, suspect = 0;
        var expectedByKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, name) in cases)
        {
            var match = matcher.Match(name);
            var method = match.Mapping.Method;
            if (match.IsSuspect) suspect++;
            if (method is MatchMethod.Linked or MatchMethod.Provisional) leftToLinker++;
            if (match.IsProvisional) { provisional++; continue; }
            if (match.Mapping.Key == key) kept++;
            else wrong++;
            if (method == MatchMethod.Linked)
            {
                if (match.Mapping.Key == key) linkedRight++;
                else linkedWrong++;
            }
            if (!expectedByKey.TryGetValue(match.Mapping.Key, out var expected)) expectedByKey[match.Mapping.Key] = expected = new HashSet<string>(StringComparer.Ordinal);
            expected.Add(key);
        }
        var shared = expectedByKey.Count(p => p.Value.Count > 1 || !p.Value.Contains(p.Key));
        return new LinkerFigures(cases.Count, kept, wrong, provisional, leftToLinker, linkedRight, linkedWrong, shared, suspect);
    }
}
