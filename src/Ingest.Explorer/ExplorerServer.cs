using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Councils;
using Ingest.Explorer.Data;
using Ingest.Explorer.Sources;
using Ingest.Explorer.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingest.Explorer;

/// <summary>
/// The explorer as a running web server (Kestrel): read-only pages and JSON over one database. Built from the
/// options, started, and stopped by disposing; <see cref="Address"/> is where it listens once started.
/// </summary>
public sealed class ExplorerServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PageImages _pages;

    private ExplorerServer(WebApplication app, PageImages pages)
    {
        _app = app;
        _pages = pages;
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <exception cref="FileNotFoundException">There is no database at the options' path.</exception>
    /// <exception cref="InvalidDataException">The rules cannot be read.</exception>
    public static ExplorerServer Create(ExplorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fullDb = Path.GetFullPath(options.DbPath);
        if (options.Data is null && !File.Exists(fullDb))
            throw new FileNotFoundException($"no database at {fullDb}; run 'ingest run' first", fullDb);
        var rules = RulesDirectory.Locate(options.RulesPath);
        var data = options.Data ?? new SqliteExplorerData(fullDb);
        var views = new ExplorerViews(data, IndicatorCatalogue.Load(rules), CouncilDirectory.Load(rules));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(new UriBuilder("http", options.Host, options.Port).Uri.ToString().TrimEnd('/'));
        var app = builder.Build();
        var pages = new PageImages(options.Mutool);
        ExplorerEndpoints.Map(app, views, pages, data);
        return new ExplorerServer(app, pages);
    }

    /// <exception cref="IOException">The address is in use or cannot be bound.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses?.FirstOrDefault() is { } first) Address = new Uri(first.EndsWith('/') ? first : first + "/");
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _pages.Dispose();
    }
}
