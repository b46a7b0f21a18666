namespace Ingest.Explorer.Tests;

/// <summary>
/// A test in a real browser (Debian's chromium driven by Playwright): skipped, with the reason in the report,
/// where chromium is not installed; in CI (CI=true, where make setup-full installs it) it always runs.
/// </summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public const string Reason = "chromium not installed (apt-get install chromium, or make setup-full)";

    public RequiresChromiumFactAttribute()
    {
        if (BrowserSession.ChromiumPath is null && !BrowserSession.InContinuousIntegration) Skip = Reason;
    }
}
