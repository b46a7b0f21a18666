namespace CorpusBuilder.Corpus;

/// <summary>Every document of the corpus, in the order the generator writes them.</summary>
internal static class CorpusEntries
{
    public static IReadOnlyList<CorpusEntry> All() => [.. HarrowEntries.All(), .. HarrowRecessionEntries.All(), .. HaveringEntries.All(), .. BrentEntries.All(), .. KpiBlocks.KpiBlockEntries.All(), .. Checks.CheckCaseEntries.All(), .. RealKpi.KentRealEntries.All(), .. Randomised.RandomCorpus.Sample()];
}
