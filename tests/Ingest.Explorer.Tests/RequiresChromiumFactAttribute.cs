namespace Ingest.Explorer.Tests;

/// <summary>
/// A test in a real browser (Debian's chromium driven by Playwright): skipped, with the reason in the report,
/// where chromium is not installed; in CI (CI=true, where make setup-full installs it) it always runs.
/// <see cref="AlsoMutool"/> for a test that opens a source page, which mutool draws.
/// </summary>
[Xunit.Sdk.XunitTestCaseDiscoverer("Ingest.Testing.RequiresToolsFactDiscoverer", "Ingest.Testing")]
public sealed class RequiresChromiumFactAttribute : FactAttribute, IRequiresTools
{
    public const string Reason = "chromium not installed (apt-get install chromium, or make setup-full)";

    public RequiresChromiumFactAttribute()
    {
        if (BrowserSession.ChromiumPath is null && !BrowserSession.InContinuousIntegration) Skip = Reason;
    }

    public bool AlsoMutool { get; set; }

    public ToolRequirement Requirement => new(AlsoMutool ? [SystemTool.Mutool] : []);
}
