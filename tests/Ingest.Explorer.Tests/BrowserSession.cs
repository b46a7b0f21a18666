using Microsoft.Playwright;

namespace Ingest.Explorer.Tests;

/// <summary>
/// One headless chromium for the browser tests, started through the Playwright driver shipped in the NuGet
/// package and pointed at the system's chromium (Playwright's own browser download is not used).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    /// <summary>Where chromium is looked for: $INGEST_CHROMIUM, then Debian's locations.</summary>
    public static readonly string? ChromiumPath =
        new[] { Environment.GetEnvironmentVariable("INGEST_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p));

    public static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"chromium is required for the browser tests and was not found ({RequiresChromiumFactAttribute.Reason})");

    public async Task InitializeAsync()
    {
        if (ChromiumPath is null) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Containers (CI runs as root) have no user namespaces for chromium's sandbox.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = 1,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
