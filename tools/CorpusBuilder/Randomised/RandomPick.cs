using CorpusBuilder.Derivation;

namespace CorpusBuilder.Randomised;

/// <summary>Choices drawn from a <see cref="SeededRandom"/>: the same key always draws the same.</summary>
internal static class RandomPick
{
    public static T Pick<T>(this SeededRandom random, IReadOnlyList<T> items) => items[random.Int(0, items.Count - 1)];

    public static T Pick<T>(this SeededRandom random) where T : struct, Enum => random.Pick(Enum.GetValues<T>());

    /// <summary>Uniform in [min, max], both included.</summary>
    public static int Int(this SeededRandom random, int min, int max) => min + (int)(random.NextULong() % (ulong)(max - min + 1));

    /// <summary>Uniform in [min, max).</summary>
    public static decimal Between(this SeededRandom random, decimal min, decimal max) => min + (decimal)random.NextDouble() * (max - min);

    public static IReadOnlyList<T> Shuffled<T>(this SeededRandom random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Int(0, i);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
