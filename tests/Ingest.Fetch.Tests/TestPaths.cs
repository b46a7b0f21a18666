using System.Runtime.CompilerServices;

namespace Ingest.Fetch.Tests;

internal static class TestPaths
{
    public static readonly string Root = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Rules => Path.Combine(Root, "extraction-rules");

    /// <summary>
    /// Real ModernGov replies (trimmed, MIT, from DemocracyClub/LGSF), never copied into the repository:
    /// <c>../shared/moderngov</c> beside the checkout, as CI has it, else beside a folder above it (a
    /// worktree inside a folder beside the main checkout).
    /// </summary>
    public static readonly string ModernGovFixtures = FindShared(Path.Combine("shared", "moderngov"));

    private static string FindShared(string relative)
    {
        var beside = Path.GetFullPath(Path.Combine(Root, "..", relative));
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        return beside;
    }

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Ingest.sln) not found above the test sources or binaries");
    }
}
