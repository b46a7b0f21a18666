namespace Ingest.Normalisation.Tests;

/// <summary>The normaliser built from the real extraction-rules/normalisation.yaml; immutable, so shared.</summary>
internal static class SharedRules
{
    public static readonly Normaliser Normaliser = Normaliser.FromRules(RealRules.Directory);
}
