using System.Runtime.CompilerServices;

namespace Ingest.Explorer.Tests;

internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");

    // From this source file's own location, so the tests find the corpus wherever the binaries were built.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Ingest.sln) not found above the test sources or binaries");
    }
}
