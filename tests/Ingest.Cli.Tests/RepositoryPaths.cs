namespace Ingest.Cli.Tests;

internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Ingest.sln) not found above the test binaries");
    }
}
