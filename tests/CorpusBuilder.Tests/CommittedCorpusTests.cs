using System.Runtime.CompilerServices;
using CorpusBuilder.Contract;
using CorpusBuilder.Corpus;

namespace CorpusBuilder.Tests;

/// <summary>The corpus folder in the repository is exactly what the generator writes now (run it after changing it).</summary>
public sealed class CommittedCorpusTests
{
    [Fact]
    public void Every_generated_file_is_committed_unchanged() => AllCommitted(CorpusFolder(), CorpusEntries.All());

    [Fact]
    public void Every_pending_file_is_committed_unchanged() =>
        AllCommitted(Path.Combine(Path.GetDirectoryName(CorpusFolder())!, CorpusEntries.PendingFolder), CorpusEntries.Pending());

    private static void AllCommitted(string root, IReadOnlyList<CorpusEntry> entries)
    {
        var stale = new List<string>();
        foreach (var entry in entries)
        {
            Compare(entry.RelativePath, entry.File.Render());
            Compare(entry.ExpectedPath, ExpectedCsv.Write(entry.Observations));
            if (entry.Actions is not null) Compare(entry.ExpectedActionsPath, ExpectedActionsCsv.Write(entry.Actions));
        }
        Compare(CorpusWriter.ManifestName, CorpusWriter.Manifest(entries));

        stale.Should().BeEmpty("the generator's output must be committed: dotnet run --project tools/CorpusBuilder -- corpus");

        void Compare(string relative, byte[] bytes)
        {
            var path = Path.Combine(root, relative);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) stale.Add(relative);
        }
    }

    private static string CorpusFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "corpus"));
}
