namespace Ingest.Fetch.Tests;

internal static class TestPaths
{
    /// <summary>Real ModernGov replies (trimmed, MIT, from DemocracyClub/LGSF), never copied into the repository.</summary>
    public static readonly string ModernGovFixtures = RepositoryPaths.Shared(Path.Combine("shared", "moderngov"));
}
