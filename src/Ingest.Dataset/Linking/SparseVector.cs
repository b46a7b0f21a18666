namespace Ingest.Dataset.Linking;

/// <summary>A unit-length sparse vector of named terms; the cosine of two is their dot product.</summary>
public sealed class SparseVector
{
    public SparseVector(Dictionary<string, float> weights)
    {
        var norm = (float)Math.Sqrt(weights.Values.Sum(w => (double)w * w));
        Weights = norm > 0 ? weights.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal) : weights;
    }

    public IReadOnlyDictionary<string, float> Weights { get; }

    public float Cosine(SparseVector other)
    {
        var (small, large) = Weights.Count <= other.Weights.Count ? (Weights, other.Weights) : (other.Weights, Weights);
        var sum = 0f;
        foreach (var (term, weight) in small)
            if (large.TryGetValue(term, out var w)) sum += weight * w;
        return sum;
    }
}
