using System.Globalization;
using Ingest.Explorer.Sources;
using Ingest.Explorer.Views;

namespace Ingest.Explorer.Pages;

/// <summary>
/// Where a value came from: the PDF page drawn as an image with the row's box highlighted over it (SVG), or for
/// other formats the table and row; then every stored field as read, the document (downloadable) and findings.
/// </summary>
public static class SourcePage
{
    // Fields shown in the "as read" table, raw text first: what the document said, then what it was read as.
    private static readonly string[] ShownFields =
    [
        "indicator", "section", "period_label", "actual_raw", "actual", "target_raw", "target", "target_qualifier", "rag", "rag_source",
        "dot_raw", "dot", "dot_yoy", "unit", "polarity", "benchmark", "commentary", "owner", "indicator_key",
    ];

    public static string Render(SourceView view, PageImage? image, string? imageProblem)
    {
        ArgumentNullException.ThrowIfNull(view);
        var id = view.ObservationId.ToString(CultureInfo.InvariantCulture);
        var html = new Html();
        html.Add($"<h1 class=\"source-title\">{view.Indicator}</h1>");
        html.Add($"<p class=\"where\">{view.Council}, {view.Period}: <a href=\"{Html.Query("/trend", ("indicator", view.IndicatorId), ("council", view.Council))}\">trend</a> · <a href=\"{Html.Query("/compare", ("indicator", view.IndicatorId))}\">compare</a></p>");
        html.Add($"<dl class=\"provenance\" id=\"provenance\">");
        html.Add($"<dt>Document</dt><dd>");
        if (view.DocumentAvailable)
            html.Add($"<a id=\"document-link\" href=\"/documents/{view.DocumentId}\" download>{view.Document}</a>");
        else
            html.Add($"{view.Document} (the file is no longer where it was loaded from)");
        if (view.DocumentTitle.Length > 0) html.Add($" — {view.DocumentTitle}");
        html.Add($"</dd><dt>Format</dt><dd>{view.DocumentFormat}</dd>");
        html.Add($"<dt>Page</dt><dd>{(view.Page is { } page ? page.ToString(CultureInfo.InvariantCulture) : "not paged")}</dd>");
        html.Add($"<dt>Table</dt><dd>{view.Table}</dd><dt>Row</dt><dd>{view.Row}</dd>");
        html.Add($"<dt>Confidence</dt><dd>{view.Confidence.ToString("0.###", CultureInfo.InvariantCulture)}</dd>");
        html.Add($"<dt>Reports of this period</dt><dd>{(view.Revisions == 0 ? "a later report revised this value (this is an earlier one)" : view.Revisions.ToString(CultureInfo.InvariantCulture))}</dd>");
        html.Add($"</dl>");

        if (image is not null)
        {
            var w = image.WidthPoints;
            var h = image.HeightPoints;
            html.Add($"<figure class=\"page\" id=\"source-page\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:0.##} {h:0.##}\" width=\"{image.WidthPixels}\" role=\"img\" aria-label=\"page {view.Page} of {view.Document}\">");
            html.Add($"<image href=\"/source/{id}/page.png\" x=\"0\" y=\"0\" width=\"{w:0.##}\" height=\"{h:0.##}\"/>");
            if (view.RowBox is { } box)
                html.Add($"<rect class=\"highlight\" id=\"highlight\" x=\"{box.Left - 2:0.##}\" y=\"{box.Top - 2:0.##}\" width=\"{box.Width + 4:0.##}\" height=\"{box.Height + 4:0.##}\"/>");
            html.Add($"</svg><figcaption>Page {view.Page}{(view.RowBox is null ? ": the reader did not record where the row is on the page" : ", the value's row highlighted")}.</figcaption></figure>");
        }
        else if (imageProblem is not null)
            html.Add($"<p class=\"error\">The page cannot be shown: {imageProblem}</p>");

        html.Add($"<h2>As read (table {view.Table}, row {view.Row})</h2><table class=\"fields\" id=\"fields\"><tbody>");
        foreach (var name in ShownFields)
            if (view.Fields.TryGetValue(name, out var value) && value.Length > 0)
                html.Add($"<tr><th>{name}</th><td>{value}</td></tr>");
        html.Add($"</tbody></table>");

        html.Add($"<h2>Findings</h2>");
        if (view.Findings.Count == 0) html.Add($"<p>No check found anything about this value.</p>");
        else html.Add(FindingsPage.Table(view.Findings));
        return Layout.Page(view.Indicator + " — source", "", html.ToRaw());
    }
}
