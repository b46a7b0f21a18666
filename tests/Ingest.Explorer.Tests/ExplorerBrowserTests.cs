using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ingest.Explorer.Tests;

/// <summary>
/// The explorer in a real browser: each view opens, a compare value clicked leads to its page with the row's
/// box drawn over it, and a name holding a script tag is text. Saves the README's screenshots.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerBrowserTests(ExplorerSite site, BrowserSession browser) : IClassFixture<BrowserSession>
{
    [RequiresChromiumFact(AlsoMutool = true)]
    public async Task Clicking_a_compared_value_opens_its_source_page_with_the_row_highlighted()
    {
        var page = await browser.NewPageAsync(site.Address);
        await page.GotoAsync($"/compare?indicator={ExplorerSite.TemporaryAccommodation}&group=outer-london");

        (await page.Locator("h1.indicator-title").TextContentAsync()).Should().Be("Number of households in temporary accommodation");
        (await page.Locator(".definition").TextContentAsync()).Should().Contain("lower is better").And.Contain("NI 156");
        var brent = page.Locator("#compare tbody tr", new PageLocatorOptions { HasText = "Brent" });
        (await brent.Locator("td.value a").CountAsync()).Should().BeGreaterThan(0);
        await SaveScreenshot(page, "compare.png");

        var cell = brent.Locator("td.value a").Last;
        var shown = (await cell.TextContentAsync())!.Trim();
        var image = page.WaitForResponseAsync(r => r.Url.EndsWith("/page.png", StringComparison.Ordinal));
        await cell.ClickAsync();
        await page.WaitForURLAsync(new Regex("/source/\\d+$"));
        var png = await image;
        png.Status.Should().Be(200);
        (await png.HeaderValueAsync("content-type")).Should().Be("image/png");

        var highlight = page.Locator("#source-page rect.highlight");
        (await highlight.IsVisibleAsync()).Should().BeTrue();
        var box = (await highlight.BoundingBoxAsync())!;
        var pageBox = (await page.Locator("#source-page svg").BoundingBoxAsync())!;
        box.Width.Should().BeGreaterThan(50, "a table row spans several columns");
        box.Height.Should().BeGreaterThan(5);
        box.X.Should().BeGreaterThanOrEqualTo(pageBox.X);
        (box.Y + box.Height).Should().BeLessThanOrEqualTo(pageBox.Y + pageBox.Height);
        (await page.Locator("#provenance").TextContentAsync()).Should().Contain("brent-borough-plan-performance-q2-2023-24.pdf");
        (await page.Locator("#fields").TextContentAsync()).Should().Contain(shown.TrimEnd('%'));
        (await page.Locator("#document-link").GetAttributeAsync("href")).Should().MatchRegex("^/documents/\\d+$");
        await SaveScreenshot(page, "source.png");
    }

    [RequiresChromiumFact]
    public async Task Each_view_opens_and_the_indicator_list_filters_as_you_type()
    {
        var page = await browser.NewPageAsync(site.Address);
        await page.GotoAsync("/");
        var rows = page.Locator("#indicators tbody tr");
        var all = await rows.CountAsync();
        all.Should().BeGreaterThan(10);
        await page.Locator("#indicator-search").FillAsync("temporary accommodation");
        (await page.Locator("#indicators tbody tr:visible").CountAsync()).Should().BeInRange(1, all - 1);

        await page.GotoAsync($"/trend?indicator={ExplorerSite.TemporaryAccommodation}&council=harrow");
        (await page.Locator("#trend-chart svg circle.point").CountAsync()).Should().BeGreaterThan(1);
        (await page.Locator("#trend-chart svg rect.revised").CountAsync()).Should().BeGreaterThan(0, "Harrow's Q2 scorecard revises Q1");
        await page.Locator("#trend-chart svg a").First.ClickAsync();
        // The point links to its source; that view's page image (rendered on demand) is the other test's to wait for.
        await page.WaitForURLAsync(new Regex("/source/\\d+$"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

        await page.GotoAsync("/findings");
        (await page.Locator("#findings tbody tr").CountAsync()).Should().BeGreaterThan(0);
    }

    [RequiresChromiumFact]
    public async Task A_name_holding_a_script_tag_is_shown_as_text_and_never_runs()
    {
        var page = await browser.NewPageAsync(site.Address);
        foreach (var path in new[] { "/indicators", $"/source/{site.HostileObservationId}" })
        {
            await page.GotoAsync(path);
            (await page.Locator("main").TextContentAsync()).Should().Contain(ExplorerSite.HostileName[..34], path);
            (await page.EvaluateAsync<bool>("() => typeof window.injected === 'undefined'")).Should().BeTrue(path);
            (await page.Locator("main script, main b").CountAsync()).Should().Be(0, path);
        }
    }

    private static async Task SaveScreenshot(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name), FullPage = true });
    }
}
