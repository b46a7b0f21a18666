using System.Runtime.CompilerServices;

namespace Ingest.Testing;

/// <summary>Files the tests read in place: the repository's corpus, rules and docs, and the real papers kept beside it.</summary>
public static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string HardCases => Path.Combine(Corpus, "pdf-hard");

    public static string Rules => Path.Combine(Root, "extraction-rules");

    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");

    public static string Readme => Path.Combine(Root, "README.md");

    /// <summary>Real council papers, never committed: <c>shared/realdocs</c> beside the checkout.</summary>
    public static string RealDocs => Shared(Path.Combine("shared", "realdocs"));

    public static string RealDoc(string name) => Path.Combine(RealDocs, name);

    /// <summary>Real ModernGov replies (trimmed, MIT, from DemocracyClub/LGSF), never copied into the repository.</summary>
    public static string ModernGovFixtures => Shared(Path.Combine("shared", "moderngov"));

    /// <summary>
    /// A folder of fixtures that are never copied into the repository: <c>../RELATIVE</c> beside the checkout,
    /// as CI has it, else beside a folder above it (a worktree inside a folder beside the main checkout).
    /// </summary>
    public static string Shared(string relative)
    {
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(Path.Combine(Root, "..", relative));
    }

    // This source file's own path comes first: test binaries may be built into a separate artifacts folder.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Ingest.sln) not found above the test sources, binaries or working directory");
    }
}
