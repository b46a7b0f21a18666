using Ingest.Core.Pipeline;
using Ingest.Explorer.Data;
using Ingest.Explorer.Pages;
using Ingest.Explorer.Sources;
using Ingest.Explorer.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;

namespace Ingest.Explorer;

/// <summary>
/// The explorer's routes, every one a GET: HTML pages and their JSON twins (<c>/api/...</c>) from the same view
/// models, the page images, the documents, and the two assets.
/// </summary>
public static class ExplorerEndpoints
{
    public static void Map(WebApplication app, ExplorerViews views, PageImages pages, IExplorerData data)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(views);
        app.Use(SecurityHeaders);
        app.Use(OneLineErrors);

        app.MapGet("/", () => Results.Redirect("/indicators"));
        app.MapGet("/indicators", (string? q) => Page(IndicatorsPage.Render(views.Indicators(q), q)));
        app.MapGet("/compare", (string? indicator, string? group, string? councils, string? period) =>
        {
            var form = new ComparePage.Form(indicator, group, councils, period);
            var keys = views.Indicators().Select(i => i.Indicator.Key).ToList();
            if (string.IsNullOrWhiteSpace(indicator)) return Page(ComparePage.Render(null, form, views.Groups, keys));
            try
            {
                return Page(ComparePage.Render(views.Compare(indicator, group, councils, period), form, views.Groups, keys));
            }
            catch (ExplorerRequestException e)
            {
                return Page(ComparePage.Render(null, form, views.Groups, keys, e.Message), StatusCodes.Status400BadRequest);
            }
        });
        app.MapGet("/trend", (string? indicator, string? council, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "period-type")] string? periodType) =>
        {
            var form = new TrendPage.Form(indicator, council, periodType);
            var councils = views.Indicators().SelectMany(i => i.Councils).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            if (string.IsNullOrWhiteSpace(indicator) || string.IsNullOrWhiteSpace(council)) return Page(TrendPage.Render(null, form, councils));
            return Page(TrendPage.Render(views.Trend(indicator, council, periodType), form, councils));
        });
        app.MapGet("/source/{id:long}", (long id) =>
        {
            var view = views.Source(id);
            if (view is null) return Page(Layout.Error("Not found", $"There is no observation {id}."), StatusCodes.Status404NotFound);
            PageImage? image = null;
            string? problem = null;
            if (view.HasPageImage)
                try
                {
                    image = pages.Page(view.DocumentId, DocumentFiles.Locate(data.Document(view.DocumentId)!)!, view.Page!.Value);
                }
                catch (DocumentException e)
                {
                    problem = e.Message;
                }
            else if (!view.DocumentAvailable) problem = "the document file is no longer where it was loaded from";
            return Page(SourcePage.Render(view, image, problem));
        });
        app.MapGet("/source/{id:long}/page.png", (long id) =>
        {
            var view = views.Source(id);
            if (view is null || !view.HasPageImage) return Results.NotFound();
            var image = pages.Page(view.DocumentId, DocumentFiles.Locate(data.Document(view.DocumentId)!)!, view.Page!.Value);
            return Results.File(image.Path, "image/png");
        });
        app.MapGet("/documents/{id:long}", (long id) =>
        {
            // Only files the store recorded as loaded documents, by their id: no path comes from the request.
            var document = data.Document(id);
            var path = document is null ? null : DocumentFiles.Locate(document);
            return path is null ? Results.NotFound() : Results.File(path, ContentType(document!.Format), document.FileName);
        });
        app.MapGet("/findings", (string? check, string? severity, string? council, string? q) =>
        {
            var all = views.Findings();
            return Page(FindingsPage.Render(views.Findings(check, severity, council, q), new FindingsPage.Form(check, severity, council, q),
                all.Select(f => f.Check).Distinct().Order(StringComparer.Ordinal).ToList(),
                all.Select(f => f.Council).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList()));
        });
        app.MapGet("/assets/{name}", (string name) =>
        {
            var stream = typeof(ExplorerEndpoints).Assembly.GetManifestResourceStream("Ingest.Explorer.Assets." + name);
            return stream is null ? Results.NotFound() : Results.Stream(stream, name.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript");
        });

        app.MapGet("/api/indicators", (string? q) => Results.Json(views.Indicators(q)));
        app.MapGet("/api/compare", (string? indicator, string? group, string? councils, string? period) =>
            Results.Json(views.Compare(indicator ?? "", group, councils, period)));
        app.MapGet("/api/trend", (string? indicator, string? council, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "period-type")] string? periodType) =>
            string.IsNullOrWhiteSpace(council)
                ? Results.BadRequest(new { error = "give council=KEY" })
                : Results.Json(views.Trend(indicator ?? "", council, periodType)));
        app.MapGet("/api/observations/{id:long}", (long id) =>
            views.Source(id) is { } view ? Results.Json(view) : Results.NotFound(new { error = $"no observation {id}" }));
        app.MapGet("/api/findings", (string? check, string? severity, string? council, string? q) =>
            Results.Json(views.Findings(check, severity, council, q)));
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    // Defence in depth behind the encoding: no inline script runs, nothing loads from elsewhere, no framing.
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }

    // A bad request or an unreadable database is one line, in the format asked for, never a stack trace.
    private static async Task OneLineErrors(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ExplorerRequestException or SqliteException or FileNotFoundException or InvalidDataException
                                      or DocumentException or Store.QueryException)
        {
            if (context.Response.HasStarted) throw;
            var status = e is ExplorerRequestException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
            var result = context.Request.Path.StartsWithSegments("/api")
                ? Results.Json(new { error = e.Message }, statusCode: status)
                : Page(Layout.Error(status == 400 ? "Cannot show that" : "Cannot read the dataset", e.Message), status);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private static string ContentType(string format) => format.ToLowerInvariant() switch
    {
        "pdf" => "application/pdf",
        "html" => "text/plain; charset=utf-8", // shown as text, never rendered as a page of this site
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
