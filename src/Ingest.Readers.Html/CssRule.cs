using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace Ingest.Readers.Html;

/// <summary>A style rule of a &lt;style&gt; element: its selector list and the declarations that matter here.</summary>
internal sealed record CssRule(string Selectors, IReadOnlyList<CssDeclaration> Declarations)
{
    /// <summary>
    /// Invalid selectors are kept as text so that one unknown selector in a list ("td.red, td:-moz-any(x)")
    /// does not drop the rule for the rest: each selector of a list is matched on its own.
    /// Nesting is read as plain declarations, as CMS exports that predate it mean.
    /// </summary>
    public static CssParser Parser() => new(new CssParserOptions { IsToleratingInvalidSelectors = true, IsExcludingNesting = true });

    /// <summary>
    /// The rules of a style sheet in source order. <c>@media screen</c> and <c>@media all</c> blocks are
    /// read (CMS exports put their RAG classes there); print and size-dependent media, and every other
    /// at-rule, are skipped because they do not describe the page as read.
    /// </summary>
    public static IReadOnlyList<CssRule> Parse(CssParser parser, string css)
    {
        var rules = new List<CssRule>();
        Read(parser.ParseStyleSheet(CssDeclaration.WithDefaultColours(css)).Rules, rules);
        return rules;
    }

    private static void Read(ICssRuleList list, List<CssRule> into)
    {
        foreach (var rule in list)
        {
            switch (rule)
            {
                case ICssStyleRule style:
                    var declarations = CssDeclaration.From(style.Style);
                    if (declarations.Count > 0 && style.SelectorText.Length > 0) into.Add(new CssRule(style.SelectorText, declarations));
                    break;
                case ICssMediaRule media when MediaApplies(media.Media.MediaText):
                    Read(media.Rules, into);
                    break;
            }
        }
    }

    public static bool MediaApplies(string query) =>
        CssSyntax.SplitTopLevel(query, ',')
            .Select(q => q.Trim().ToLowerInvariant())
            .Select(q => q.StartsWith("only ", StringComparison.Ordinal) ? q[5..].Trim() : q)
            .Any(q => q is "screen" or "all");
}
