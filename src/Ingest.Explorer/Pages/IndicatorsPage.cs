using Ingest.Explorer.Views;

namespace Ingest.Explorer.Pages;

/// <summary>The searchable list of indicators (catalogue keys and provisional ones) with their coverage.</summary>
public static class IndicatorsPage
{
    public static string Render(IReadOnlyList<IndicatorSummary> indicators, string? search)
    {
        var html = new Html();
        html.Add($"<h1>Indicators</h1>");
        html.Add($"<form class=\"filters\" method=\"get\" action=\"/indicators\"><label>Search <input type=\"search\" name=\"q\" id=\"indicator-search\" value=\"{search}\" placeholder=\"key, title, code, printed name, council\" autofocus></label> <button>Search</button></form>");
        html.Add($"<p class=\"count\"><span id=\"indicator-count\">{indicators.Count}</span> indicators</p>");
        html.Add($"<table class=\"list\" id=\"indicators\"><thead><tr><th>Key</th><th>Title</th><th>Unit</th><th>Polarity</th><th>Councils</th><th>Years</th><th class=\"num\">Observations</th></tr></thead><tbody>");
        foreach (var i in indicators)
        {
            var h = i.Indicator;
            html.Add($"<tr><td><a class=\"key\" href=\"{Html.Query("/compare", ("indicator", h.Key))}\">{h.Key}</a>");
            if (h.Provisional) html.Add($" <span class=\"badge\" title=\"no catalogue entry\">provisional</span>");
            html.Add($"</td><td class=\"title\">{h.Title}");
            if (h.Codes.Count > 0) html.Add($" <span class=\"codes\">{string.Join(", ", h.Codes)}</span>");
            html.Add($"</td><td>{h.Unit}</td><td>{h.Polarity}</td><td>");
            var first = true;
            foreach (var council in i.Councils)
            {
                if (!first) html.Add($", ");
                first = false;
                html.Add($"<a href=\"{Html.Query("/trend", ("indicator", h.Key), ("council", council))}\">{council}</a>");
            }
            html.Add($"</td><td>{(i.FirstYear == i.LastYear ? i.FirstYear : i.FirstYear + "–" + i.LastYear)}</td><td class=\"num\">{i.Observations}</td></tr>");
        }
        html.Add($"</tbody></table>");
        return Layout.Page("Indicators", "Indicators", html.ToRaw());
    }
}
