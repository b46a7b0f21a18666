using Ingest.Dataset.Checks;

namespace Ingest.Dataset.Tests.Checks;

/// <summary>The real extraction-rules/tolerances.yaml (copied beside the tests), loaded once.</summary>
internal static class SharedCheckRules
{
    private static readonly Lazy<CheckRules> Loaded = new(() => CheckRules.Load(RealRules.Directory));

    public static CheckRules Rules => Loaded.Value;

    public static CheckSet Checks => new(Rules);
}
