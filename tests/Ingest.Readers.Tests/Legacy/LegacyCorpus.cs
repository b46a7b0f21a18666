using System.Runtime.CompilerServices;

namespace Ingest.Readers.Tests.Legacy;

/// <summary>The committed legacy twins of corpus documents (written by tools/make-legacy-docs.sh).</summary>
internal static class LegacyCorpus
{
    public static readonly string Root = FindCorpus();

    public static string HarrowScorecardDoc => Path.Combine(Root, "harrow", "harrow-corporate-scorecard-q1-2023-24.doc");

    public static string HaveringDoc => Path.Combine(Root, "havering", "havering-os-board-performance-q1-2017-18.doc");

    public static string BrentOdt => Path.Combine(Root, "brent", "brent-borough-plan-performance-q2-2023-24.odt");

    public static string HarrowRtf => Path.Combine(Root, "harrow", "harrow-performance-morning-q3-2009-10.rtf");

    public static string TwinOf(string legacy) => Path.ChangeExtension(legacy, ".docx");

    // From this source file's own location, so the tests find the corpus wherever the binaries were built.
    private static string FindCorpus([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return Path.Combine(dir.FullName, "corpus");
        throw new InvalidOperationException("repository root (Ingest.sln) not found above the test sources");
    }
}
