using AngleSharp.Html.Parser;

namespace CorpusBuilder.Html;

/// <summary>Parses a written page with AngleSharp (the parser the HTML reader uses) and reports its parse errors.</summary>
internal static class HtmlCheck
{
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => problems.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position}: {error.Message}" : "parse error");
        parser.ParseDocument(html);
        return problems;
    }

    public static int TableCount(string html) => new HtmlParser().ParseDocument(html).QuerySelectorAll("table").Length;
}
