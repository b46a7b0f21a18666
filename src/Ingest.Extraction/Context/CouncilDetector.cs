using Ingest.Core.Councils;
using Ingest.Core.Tables;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Context;

/// <summary>
/// Which council published a document: the council whose names occur most in its text (longer names
/// weigh more, so "London Borough of Harrow" outweighs a passing "Harrow"), else a folder named after one.
/// </summary>
public sealed class CouncilDetector
{
    private readonly IReadOnlyList<CouncilRule> _councils;
    private readonly CouncilPhraseIndex _phrases;
    private readonly CouncilResolver _resolver;
    private readonly Dictionary<string, CouncilRule> _byKey;

    public CouncilDetector(CouncilRules rules)
    {
        _councils = rules.Councils;
        _phrases = new CouncilPhraseIndex(_councils.SelectMany((c, i) => c.Names.Select(n => (i, n, n.Split(' ').Length))));
        _resolver = CouncilRulesLoader.Resolver(rules);
        _byKey = new Dictionary<string, CouncilRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var council in _councils) _byKey.TryAdd(council.Key, council);
    }

    public CouncilRule? Detect(DocumentContent document)
    {
        var text = string.Join("\n", document.StatedText().Concat(document.Tables.SelectMany(t => t.Context)));
        var scores = new int[_councils.Count];
        foreach (var (council, weight) in _phrases.Matches(text)) scores[council] += weight;
        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
        }
        if (best >= 0) return _councils[best];

        var folders = Path.GetDirectoryName(Path.GetFullPath(document.Source.Path))?
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return _councils.FirstOrDefault(c => folders.Any(f => string.Equals(f, c.Key, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The council a key, GSS code or name stands for, in any case.</summary>
    public CouncilRule? ByKey(string key) =>
        _resolver.Resolve(key) is { } resolved ? _byKey.GetValueOrDefault(resolved) : null;
}
