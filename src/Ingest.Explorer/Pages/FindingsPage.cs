using Ingest.Explorer.Views;

namespace Ingest.Explorer.Pages;

/// <summary>The checks' findings, filterable by check, severity, council and text.</summary>
public static class FindingsPage
{
    public sealed record Form(string? Check, string? Severity, string? Council, string? Search);

    public static string Render(IReadOnlyList<FindingView> findings, Form form, IReadOnlyList<string> checks, IReadOnlyList<string> councils)
    {
        ArgumentNullException.ThrowIfNull(form);
        var html = new Html();
        html.Add($"<h1>Findings</h1><form class=\"filters\" method=\"get\" action=\"/findings\">");
        html.Add(Select("Check", "check", checks, form.Check));
        html.Add(Select("Severity", "severity", ["error", "warning", "info"], form.Severity));
        html.Add(Select("Council", "council", councils, form.Council));
        html.Add($" <label>Text <input type=\"search\" name=\"q\" value=\"{form.Search}\"></label> <button>Filter</button></form>");
        html.Add($"<p class=\"count\">{findings.Count} findings</p>");
        html.Add(Table(findings));
        return Layout.Page("Findings", "Findings", html.ToRaw());
    }

    public static Html Table(IReadOnlyList<FindingView> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var html = new Html();
        html.Add($"<table class=\"list findings\" id=\"findings\"><thead><tr><th>Severity</th><th>Check</th><th>Message</th><th>Council</th><th>Indicator</th><th>Period</th><th>Where</th></tr></thead><tbody>");
        foreach (var f in findings)
        {
            html.Add($"<tr class=\"severity-{Severity(f.Severity)}\"><td>{f.Severity}</td><td>{f.Check}</td><td>{f.Message}</td><td>{f.Council}</td><td>");
            if (f.IndicatorKey is { Length: > 0 } key && f.Council is { Length: > 0 } council)
                html.Add($"<a href=\"{Html.Query("/trend", ("indicator", key), ("council", council))}\">{key}</a>");
            else
                html.Add($"{f.IndicatorKey}");
            html.Add($"</td><td>{f.Period}</td><td>{f.Document}{(f.Table is { } t ? $" table {t}" : "")}{(f.Row is { } r ? $" row {r}" : "")}</td></tr>");
        }
        return html.Add($"</tbody></table>");
    }

    // Only the three known severities become class names.
    private static string Severity(string severity) => severity is "error" or "warning" or "info" ? severity : "info";

    private static Html Select(string label, string name, IReadOnlyList<string> options, string? selected)
    {
        var html = new Html().Add($" <label>{label} <select name=\"{name}\"><option value=\"\">all</option>");
        foreach (var option in options)
            html.Add($"<option{(string.Equals(option, selected, StringComparison.OrdinalIgnoreCase) ? new RawHtml(" selected") : null)}>{option}</option>");
        return html.Add($"</select></label>");
    }
}
