namespace Ingest.Explorer.Pages;

/// <summary>The frame every page shares: title, navigation, the stylesheet and the one script.</summary>
public static class Layout
{
    public static readonly IReadOnlyList<(string Path, string Name)> Sections =
        [("/indicators", "Indicators"), ("/compare", "Compare"), ("/trend", "Trend"), ("/findings", "Findings")];

    public static string Page(string title, string active, RawHtml body)
    {
        var html = new Html();
        html.Add($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Add($"<title>{title} · Ingest explorer</title><link rel=\"stylesheet\" href=\"/assets/explorer.css\"><script src=\"/assets/explorer.js\" defer></script></head>");
        html.Add($"<body><header><a class=\"brand\" href=\"/\">Ingest explorer</a><nav>");
        foreach (var (path, name) in Sections)
            html.Add($"<a href=\"{path}\"{(name == active ? new RawHtml(" class=\"active\"") : null)}>{name}</a>");
        html.Add($"</nav></header><main>");
        html.Add(body);
        html.Add($"</main><footer>Read-only view of the dataset. Every value links to the page it was read from.</footer></body></html>");
        return html.ToString();
    }

    public static string Error(string title, string message) =>
        Page(title, "", new Html().Add($"<h1>{title}</h1><p class=\"error\">{message}</p>").ToRaw());
}
