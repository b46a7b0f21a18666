using System.Text;

namespace CorpusBuilder.Derivation;

/// <summary>
/// A small deterministic generator (SplitMix64) for derived values. System.Random's sequence for a seed is not
/// promised to stay the same across .NET versions; this one is fixed by its code. Each series gets its own
/// stream from a text key, so adding a series never shifts the values of another.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(string key)
    {
        // FNV-1a over the key's UTF-8 bytes gives the starting state.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        _state = hash;
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [-1, 1).</summary>
    public decimal Signed() => (decimal)(NextDouble() * 2 - 1);

    public bool Chance(double probability) => NextDouble() < probability;
}
