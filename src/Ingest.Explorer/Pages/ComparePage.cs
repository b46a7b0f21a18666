using Ingest.Dataset.Councils;
using Ingest.Explorer.Views;

namespace Ingest.Explorer.Pages;

/// <summary>One indicator, councils x periods, each value coloured by its RAG and linked to its source.</summary>
public static class ComparePage
{
    public sealed record Form(string? Indicator, string? Group, string? Councils, string? Period);

    public static string Render(CompareView? view, Form form, IReadOnlyList<ComparisonGroup> groups, IReadOnlyList<string> keys, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var html = new Html();
        html.Add($"<form class=\"filters\" method=\"get\" action=\"/compare\">");
        html.Add($"<label>Indicator <input name=\"indicator\" list=\"indicator-keys\" value=\"{form.Indicator}\" size=\"40\" required></label><datalist id=\"indicator-keys\">");
        foreach (var key in keys) html.Add($"<option value=\"{key}\">");
        html.Add($"</datalist> <label>Group <select name=\"group\"><option value=\"\">every council reporting it</option>");
        foreach (var g in groups)
            html.Add($"<option value=\"{g.Key}\"{(string.Equals(g.Key, form.Group, StringComparison.OrdinalIgnoreCase) ? new RawHtml(" selected") : null)}>{g.Title}</option>");
        html.Add($"</select></label> <label>or councils <input name=\"councils\" value=\"{form.Councils}\" placeholder=\"harrow,brent\"></label>");
        html.Add($" <label>Period <input name=\"period\" value=\"{form.Period}\" placeholder=\"2023/24 or Q2 2023/24\" size=\"14\"></label> <button>Compare</button></form>");
        if (error is not null) html.Add($"<p class=\"error\">{error}</p>");
        if (view is null)
        {
            if (error is null) html.Add($"<p>Choose an indicator (see the <a href=\"/indicators\">list</a>).</p>");
            return Layout.Page("Compare", "Compare", html.ToRaw());
        }
        html.Add(IndicatorHeader.Render(view.Indicator));
        if (view.GroupTitle is not null) html.Add($"<p class=\"group\">Comparison group: {view.GroupTitle}</p>");
        if (view.Caveats.Count > 0)
        {
            html.Add($"<ul class=\"caveats\">");
            foreach (var caveat in view.Caveats) html.Add($"<li>{caveat}</li>");
            html.Add($"</ul>");
        }
        if (view.Rows.Count == 0)
            html.Add($"<p class=\"error\">No values for {view.Indicator.Key}{(form.Period is { Length: > 0 } ? " in " + form.Period : "")}.</p>");
        else
        {
            html.Add($"<table class=\"compare\" id=\"compare\"><thead><tr><th>Council</th>");
            foreach (var period in view.Periods) html.Add($"<th>{period}</th>");
            html.Add($"</tr></thead><tbody>");
            foreach (var row in view.Rows)
            {
                html.Add($"<tr><th scope=\"row\"><a href=\"{Html.Query("/trend", ("indicator", view.Indicator.Key), ("council", row.Council))}\">{row.CouncilTitle}</a>");
                if (row.PrintedNames.Count > 0) html.Add($"<div class=\"printed\">as printed: {string.Join(" / ", row.PrintedNames)}</div>");
                html.Add($"</th>");
                foreach (var cell in row.Cells) html.Add(Cell(cell));
                html.Add($"</tr>");
            }
            html.Add($"</tbody></table>");
            html.Add($"<p class=\"legend\">Colour and letter: the report's own RAG. ↻ a value a later report revised (the latest report's value is shown). Click a value for the page it came from.</p>");
        }
        if (view.Missing.Count > 0) html.Add($"<p class=\"missing\">No values from: {string.Join(", ", view.Missing)}</p>");
        return Layout.Page("Compare " + view.Indicator.Title, "Compare", html.ToRaw());
    }

    public static Html Cell(ValueCell? cell)
    {
        var html = new Html();
        if (cell is null) return html.Add($"<td class=\"value empty\"></td>");
        var title = $"{cell.Period}: {Formats.Value(cell)}{(cell.Target is { } t ? ", target " + Formats.Number(t) : "")}{(cell.Rag.Length > 0 ? ", " + cell.Rag : "")} — {cell.Document}";
        html.Add($"<td class=\"value {Formats.RagClass(cell.Rag)}\"><a href=\"{Formats.SourceLink(cell.ObservationId)}\" data-observation=\"{cell.ObservationId}\" title=\"{title}\">{Formats.Value(cell)}</a>");
        if (cell.Rag.Length > 0) html.Add($" <span class=\"rag-letter\">{Formats.RagLetter(cell.Rag)}</span>");
        if (cell.Revisions > 1) html.Add($" <span class=\"revised\" title=\"reported by {cell.Revisions} documents\">↻</span>");
        return html.Add($"</td>");
    }
}
