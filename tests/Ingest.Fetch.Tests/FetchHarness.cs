using Ingest.Fetch.Committees;
using Ingest.Fetch.Committees.ModernGov;
using Ingest.Fetch.Http;
using Ingest.Fetch.Selection;
using Ingest.Testing.ModernGov;

namespace Ingest.Fetch.Tests;

/// <summary>A fetch against a fake site into a temporary folder, with delays shrunk to milliseconds.</summary>
internal sealed class FetchHarness : IDisposable
{
    public static readonly HttpFetchOptions Fast = new()
    {
        Contact = "tests@example.org",
        MinInterval = TimeSpan.Zero,
        AttemptTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
    };

    public static readonly DateOnly From = new(2023, 4, 1);
    public static readonly DateOnly To = new(2024, 3, 31);

    public static FetchRules Rules { get; } = FetchRules.Load(RealRules.Directory);

    public string Output { get; } = Directory.CreateTempSubdirectory("ingest-fetch-").FullName;

    public RecordingProgress Progress { get; } = new();

    public FetchReport Fetch(FakeModernGovSite site, HttpFetchOptions? options = null, string committee = "Audit Committee", bool all = false, bool revalidate = false)
    {
        using var http = new PoliteHttpClient(options ?? Fast, Progress.Note);
        var system = new ModernGovFetcher(SiteUrl.Parse(site.BaseUrl), http, Rules);
        var fetcher = new PaperFetcher(system, http, Rules, Progress);
        return fetcher.FetchAsync(new FetchRequest(committee, From, To, Output, "manchester", all, revalidate)).GetAwaiter().GetResult();
    }

    public string[] SavedFiles() =>
        Directory.GetFiles(Output).Select(Path.GetFileName).Where(n => n != Manifest.ManifestFile.FileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose() => Directory.Delete(Output, recursive: true);
}
