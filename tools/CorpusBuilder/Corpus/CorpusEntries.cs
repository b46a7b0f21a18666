namespace CorpusBuilder.Corpus;

/// <summary>Every document of the corpus, in the order the generator writes them.</summary>
internal static class CorpusEntries
{
    public static IReadOnlyList<CorpusEntry> All() => [.. HarrowEntries.All(), .. HarrowRecessionEntries.All(), .. HaveringEntries.All(), .. BrentEntries.All(), .. KpiBlocks.KpiBlockEntries.All(), .. Checks.CheckCaseEntries.All(), .. RealKpi.KentRealEntries.All(), .. Randomised.RandomCorpus.Sample()];

    /// <summary>Documents with expected results the pipeline does not meet yet: written to corpus-pending/, beside corpus/.</summary>
    public static IReadOnlyList<CorpusEntry> Pending() => Randomised.RandomCorpus.PendingSample();

    public const string PendingFolder = "corpus-pending";
}
