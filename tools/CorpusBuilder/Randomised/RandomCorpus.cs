using CorpusBuilder.Corpus;

namespace CorpusBuilder.Randomised;

/// <summary>The randomised sample: N documents from one seed, and the small fixed one committed as regression cases.</summary>
internal static class RandomCorpus
{
    public const string Folder = "random";
    public const int SampleSeed = 42;
    public const int SampleCount = 12;

    public static IReadOnlyList<CorpusEntry> Entries(int seed, int count, string folder = "") =>
        Enumerable.Range(1, count).Select(i => RandomDocument.Build(seed, i, folder)).ToList();

    /// <summary>corpus/random: the committed regression sample.</summary>
    public static IReadOnlyList<CorpusEntry> Sample() => Entries(SampleSeed, SampleCount, Folder);
}
