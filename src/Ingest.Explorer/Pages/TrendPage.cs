using Ingest.Explorer.Charts;
using Ingest.Explorer.Views;

namespace Ingest.Explorer.Pages;

/// <summary>One council's series as a chart (targets dashed, RAG-coloured points, revisions ringed) and a table.</summary>
public static class TrendPage
{
    public sealed record Form(string? Indicator, string? Council, string? PeriodType);

    public static string Render(TrendView? view, Form form, IReadOnlyList<string> councils, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var html = new Html();
        html.Add($"<form class=\"filters\" method=\"get\" action=\"/trend\"><label>Indicator <input name=\"indicator\" value=\"{form.Indicator}\" size=\"40\" required></label>");
        html.Add($" <label>Council <select name=\"council\">");
        foreach (var c in councils)
            html.Add($"<option value=\"{c}\"{(string.Equals(c, form.Council, StringComparison.OrdinalIgnoreCase) ? new RawHtml(" selected") : null)}>{c}</option>");
        html.Add($"</select></label> <label>Period type <input name=\"period-type\" value=\"{form.PeriodType}\" placeholder=\"quarter\" size=\"10\"></label> <button>Show</button></form>");
        if (error is not null) html.Add($"<p class=\"error\">{error}</p>");
        if (view is null) return Layout.Page("Trend", "Trend", html.ToRaw());
        html.Add(IndicatorHeader.Render(view.Indicator, view.CouncilTitle));
        if (view.Points.Count == 0)
        {
            html.Add($"<p class=\"error\">No values for {view.Indicator.Key} in {view.Council}.</p>");
            return Layout.Page("Trend", "Trend", html.ToRaw());
        }
        var chart = new SvgChart().Write($"{view.Indicator.Title} — {view.CouncilTitle}", view.Indicator.Unit.Length > 0 ? view.Indicator.Unit : view.Points[0].Unit,
            view.Points.Select(p => new ChartPoint(p.Period, p.Actual, p.Target, p.Rag, Formats.SourceLink(p.ObservationId), p.Revisions > 1)).ToList());
        // The chart escapes its own text (titles and labels come from documents).
        html.Add($"<figure class=\"chart\" id=\"trend-chart\">{new RawHtml(chart)}<figcaption>{view.PeriodType} values; dashed: target; ringed: revised by a later report. Click a point for its source.</figcaption></figure>");
        if (view.OtherPeriodTypes.Count > 0)
        {
            html.Add($"<p class=\"other-types\">Also reported as: ");
            foreach (var type in view.OtherPeriodTypes)
                html.Add($"<a href=\"{Html.Query("/trend", ("indicator", view.Indicator.Key), ("council", view.Council), ("period-type", type))}\">{type}</a> ");
            html.Add($"</p>");
        }
        html.Add($"<table class=\"list\" id=\"trend\"><thead><tr><th>Period</th><th class=\"num\">Actual</th><th class=\"num\">Target</th><th>RAG</th><th>Direction</th><th>Document</th><th class=\"num\">Reports</th></tr></thead><tbody>");
        foreach (var p in view.Points)
        {
            html.Add($"<tr><td>{p.Period}</td>");
            html.Add(ComparePage.Cell(p));
            html.Add($"<td class=\"num\">{Formats.Number(p.Target)}</td><td>{p.Rag}</td><td>{p.Dot}</td><td>{p.Document}</td><td class=\"num\">{p.Revisions}</td></tr>");
        }
        html.Add($"</tbody></table>");
        return Layout.Page("Trend " + view.Indicator.Title, "Trend", html.ToRaw());
    }
}
