using CorpusBuilder.Corpus;

namespace CorpusBuilder.Randomised;

/// <summary>
/// Writes a randomised sample: each document, its NAME.expected.csv (shared with the PDF printed from it) and
/// OUT/manifest.csv whose layout column says which options each document drew, for `ingest eval`'s per-layout
/// figures. With --scan, also writes OUT/scan-plan.csv: per document the resolution, turn and colour its scanned
/// twin is to be made with (tools/make-random-scans.sh), drawn from the same seed.
/// </summary>
internal static class RandomWriter
{
    public static void Write(string folder, RandomOptions options, TextWriter log)
    {
        var entries = RandomCorpus.Entries(options.Seed, options.Count);
        new CorpusWriter(folder, log).Write(entries);
        if (options.Scan) File.WriteAllText(Path.Combine(folder, ScanPlan.FileName), ScanPlan.Csv(entries, options.Seed));
    }
}
