using Ingest.Dataset.Checks;

namespace Ingest.Dataset.Tests.Checks;

/// <summary>The real extraction-rules/tolerances.yaml and legend vocabulary, loaded once.</summary>
internal static class SharedCheckRules
{
    private static readonly Lazy<CheckRules> Loaded = new(() => CheckRules.Load(RealRules.Directory));

    public static CheckRules Rules => Loaded.Value;

    private static readonly Lazy<Ingest.Normalisation.Legends.LegendReader> Legends =
        new(() => Ingest.Normalisation.Normaliser.FromRules(RealRules.Directory).Legends);

    public static CheckSet Checks => new(Rules, Legends.Value);
}
