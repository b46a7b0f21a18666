using System.Globalization;
using CorpusBuilder.Backfill;
using CorpusBuilder.Bad;
using CorpusBuilder.Corpus;
using CorpusBuilder.Linking;
using CorpusBuilder.Randomised;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;

// Usage: dotnet run --project tools/CorpusBuilder -- <corpus folder>
// Rebuilds the seed documents and their gold files; the same input always gives the same bytes.
//   CorpusBuilder bad OUT                     hostile and broken inputs (issue 7), not committed
//   CorpusBuilder backfill OUT [--count N]    a synthetic backfill of N documents (default 1000), not committed
//   CorpusBuilder random OUT [--count N] [--seed S] [--scan]   randomised scorecards + gold files + manifest, not committed
//   CorpusBuilder linker-eval [--seed N]      reworded and unseen indicator names through the matcher: precision, recall
//   CorpusBuilder held-out OUT [--seed N]     whole scorecards with reworded names, and an unseen council's, for `ingest run`
//   CorpusBuilder held-out-score OUT DB       which keys the held-out names got in DB
try
{
    switch (args)
    {
        case [var folder]:
            new CorpusWriter(Path.GetFullPath(folder), Console.Out).Write(CorpusEntries.All());
            var pending = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))!, CorpusEntries.PendingFolder);
            new CorpusWriter(pending, Console.Out).Write(CorpusEntries.Pending());
            return 0;
        case ["bad", var output]:
            BadInputs.WriteAll(Path.GetFullPath(output), Path.Combine(RepositoryRoot(), "corpus"), Console.Out);
            return 0;
        case ["backfill", var output, .. var options] when BackfillCount(options) is { } count:
            BackfillWriter.Write(Path.GetFullPath(output), RepositoryRoot(), count, Console.Out);
            return 0;
        case ["random", var output, .. var options] when RandomOptions.Parse(options) is { } random:
            RandomWriter.Write(Path.GetFullPath(output), random, Console.Out);
            return 0;
        case ["linker-eval", .. var options] when Seed(options) is { } seed:
            LinkerBench.Report(LinkerBench.Run(new RulesDirectory(Path.Combine(RepositoryRoot(), RulesDirectory.FolderName)), seed), seed, Console.Out);
            return 0;
        case ["held-out", var output, .. var options] when Seed(options) is { } seed:
            HeldOutScorecards.Write(Path.GetFullPath(output), IndicatorMatcher.FromRules(RepositoryRules()), seed, Console.Out);
            return 0;
        case ["held-out-score", var output, var db]:
            HeldOutScore.Report(HeldOutScore.Measure(Path.GetFullPath(output), Path.GetFullPath(db), IndicatorMatcher.FromRules(RepositoryRules()), RepositoryRules()), Console.Out);
            return 0;
        default:
            Console.Error.WriteLine("usage: CorpusBuilder <corpus folder> | bad <folder> | backfill <folder> [--count 1000] | random <folder> [--count 60] [--seed S] [--scan] | linker-eval [--seed N] | held-out <folder> [--seed N] | held-out-score <folder> <db>");
            return 2;
    }
}
catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException)
{
    Console.Error.WriteLine($"not written: {e.Message}");
    return 1;
}

static RulesDirectory RepositoryRules() => new(Path.Combine(RepositoryRoot(), RulesDirectory.FolderName));

static int? BackfillCount(string[] options) => options switch
{
    [] => 1000,
    ["--count", var n] when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 => count,
    _ => null,
};

static int? Seed(string[] options) => options switch
{
    [] => Environment.TickCount & 0xFFFF,
    ["--seed", var n] when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) => seed,
    _ => null,
};

// The generators cut their inputs from the committed corpus and rules, found above the working directory.
static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
    throw new InvalidOperationException("run from inside the repository: no Ingest.sln above the working directory");
}
