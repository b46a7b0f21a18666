using Ingest.Core.Rules;

namespace Ingest.Testing;

/// <summary>
/// The repository's own <c>extraction-rules/</c>, read in place (not $INGEST_RULES, not a copy), so a rule
/// change is tested where it is made and every test project sees the rules users run.
/// </summary>
public static class RealRules
{
    public static RulesDirectory Directory { get; } = new(RepositoryPaths.Rules);

    public static T Load<T>(string fileName) where T : new() => Directory.Load<T>(fileName);
}
