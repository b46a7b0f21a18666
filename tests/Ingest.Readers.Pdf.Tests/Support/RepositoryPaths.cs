using System.Runtime.CompilerServices;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>Files the tests read in place: the corpus, and the real council PDFs beside the repository.</summary>
internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string HardCases => Path.Combine(Root, "corpus", "pdf-hard");

    /// <summary>Real council papers, kept outside the repository (shared/realdocs beside it).</summary>
    public static string RealDocs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "realdocs"));

    public static string RealDoc(string name) => Path.Combine(RealDocs, name);

    // The binaries may live in a separate artifacts folder, so the source file's own path is the anchor.
    private static string FindRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Ingest.sln) not found");
    }
}
