using Xunit;

namespace Ingest.Testing;

/// <summary>Skipped, with the reason in the report, where the real ModernGov replies are not beside the checkout.</summary>
public sealed class RequiresModernGovFixturesFactAttribute : FactAttribute
{
    public RequiresModernGovFixturesFactAttribute()
    {
        if (!File.Exists(Path.Combine(RepositoryPaths.ModernGovFixtures, "lgsf_meeting_with_minutes.xml")))
            Skip = $"the real ModernGov replies are not beside this checkout ({RepositoryPaths.ModernGovFixtures})";
    }
}
