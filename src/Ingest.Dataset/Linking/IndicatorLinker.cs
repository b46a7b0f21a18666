using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>
/// Finds the catalogue key a printed indicator most likely is: a word TF-IDF search picks a few candidate
/// names cheaply (a sheet of 50,000 unknown names must still load in seconds), then the model scores each
/// candidate pair with all the evidence. Thread-safe.
/// </summary>
public sealed class IndicatorLinker
{
    private const int Candidates = 6;

    private readonly LinkerModel _model;
    private readonly PairFeaturiser _featuriser;
    private readonly IReadOnlyList<CatalogueName> _names;
    private readonly IReadOnlyList<PairFeaturiser.Side> _sides;
    private readonly Dictionary<string, List<(int Name, float Weight)>> _postings = new(StringComparer.Ordinal);

    public IndicatorLinker(IndicatorCatalogue catalogue, LinkerModel model)
    {
        _model = model;
        _names = LinkerTrainingSet.CatalogueNames(catalogue);
        _featuriser = new PairFeaturiser(LinkerTrainingSet.IndexOf(_names));
        _sides = _names.Select(n => _featuriser.Prepare(n.Printed)).ToList();
        for (var i = 0; i < _sides.Count; i++)
            foreach (var (term, weight) in _sides[i].Words.Weights)
            {
                if (!_postings.TryGetValue(term, out var list)) _postings[term] = list = [];
                list.Add((i, weight));
            }
    }

    /// <summary>The best key by model probability, or null when no catalogue name shares a word with it.</summary>
    public LinkDecision? Link(PrintedIndicator printed)
    {
        var side = _featuriser.Prepare(printed);
        var scores = new Dictionary<int, float>();
        foreach (var (term, weight) in side.Words.Weights)
            if (_postings.TryGetValue(term, out var list))
                foreach (var (name, w) in list) scores[name] = scores.GetValueOrDefault(name) + weight * w;
        if (scores.Count == 0) return null;

        var perKey = new Dictionary<string, (float P, int Name, PairFeatures F)>(StringComparer.Ordinal);
        foreach (var (name, _) in scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Candidates))
        {
            var features = PairFeaturiser.Features(side, _sides[name]);
            var p = _model.Probability(features);
            var key = _names[name].Key;
            if (!perKey.TryGetValue(key, out var previous) || p > previous.P) perKey[key] = (p, name, features);
        }
        var ranked = perKey.OrderByDescending(p => p.Value.P).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var best = ranked[0];
        return new LinkDecision(best.Key, _names[best.Value.Name].Printed.Name, best.Value.P, best.Value.F,
            ranked.Count > 1 ? ranked[1].Key : null, ranked.Count > 1 ? ranked[1].Value.P : 0f);
    }

    /// <summary>The probability that two printed indicators (say, one council's names in consecutive reports) are one measure.</summary>
    public (float Probability, PairFeatures Evidence) Compare(PrintedIndicator earlier, PrintedIndicator later)
    {
        var features = _featuriser.Features(earlier, later);
        return (_model.Probability(features), features);
    }
}
