using Ingest.Core.Rules;
using Ingest.Readers;

namespace Ingest.Readers.Tests;

/// <summary>The real extraction-rules folder, copied beside the test assembly by tests/Directory.Build.props.</summary>
internal static class TestRules
{
    public static RulesDirectory Directory => new(Path.Combine(AppContext.BaseDirectory, RulesDirectory.FolderName));

    public static SymbolFontMap SymbolFonts => SymbolFontMap.Load(Directory);
}
