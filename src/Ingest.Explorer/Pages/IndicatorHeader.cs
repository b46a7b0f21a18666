using Ingest.Explorer.Views;

namespace Ingest.Explorer.Pages;

/// <summary>An indicator's definition as a view's heading: title, key, unit, polarity and published codes.</summary>
public static class IndicatorHeader
{
    public static Html Render(IndicatorHeading h, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(h);
        var html = new Html();
        html.Add($"<h1 class=\"indicator-title\">{h.Title}{(suffix is null ? "" : " — " + suffix)}</h1><dl class=\"definition\">");
        html.Add($"<dt>Key</dt><dd><code>{h.Key}</code></dd>");
        html.Add($"<dt>Unit</dt><dd>{(h.Unit.Length > 0 ? h.Unit : "not in the catalogue")}</dd>");
        html.Add($"<dt>Polarity</dt><dd>{Polarity(h.Polarity)}</dd>");
        if (h.Codes.Count > 0) html.Add($"<dt>Published codes</dt><dd>{string.Join(", ", h.Codes)}</dd>");
        html.Add($"<dt>Definition</dt><dd>{(h.Provisional ? "none: a provisional key made from the printed name (no catalogue entry)" : "catalogue entry: " + h.Title)}</dd>");
        html.Add($"</dl>");
        return html;
    }

    private static string Polarity(string polarity) => polarity switch
    {
        "higher" => "higher is better",
        "lower" => "lower is better",
        "none" => "neither (context only)",
        "" => "not in the catalogue",
        _ => polarity,
    };
}
