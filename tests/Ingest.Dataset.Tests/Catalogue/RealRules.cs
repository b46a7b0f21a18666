using System.Runtime.CompilerServices;
using Ingest.Core.Rules;

namespace Ingest.Dataset.Tests.Catalogue;

/// <summary>The repository's own extraction rules and corpus, found from this source file's location.</summary>
internal static class RealRules
{
    public static readonly string Root = FindRoot();

    public static RulesDirectory Directory => new(Path.Combine(Root, RulesDirectory.FolderName));

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Ingest.sln) not found");
    }
}
