namespace Ingest.Readers.Html;

/// <summary>A style rule of a &lt;style&gt; element: its selector list and the declarations that matter here.</summary>
internal sealed record CssRule(string Selectors, IReadOnlyList<CssDeclaration> Declarations)
{
    /// <summary>
    /// The rules of a style sheet in source order. <c>@media screen</c> and <c>@media all</c> blocks are
    /// read (CMS exports put their RAG classes there); print and size-dependent media, and every other
    /// at-rule, are skipped because they do not describe the page as read.
    /// </summary>
    public static IReadOnlyList<CssRule> Parse(string css)
    {
        var rules = new List<CssRule>();
        var text = CssSyntax.WithoutComments(css);
        ReadBlock(text, 0, text.Length, rules);
        return rules;
    }

    private static void ReadBlock(string text, int start, int end, List<CssRule> rules)
    {
        var i = start;
        while (i < end)
        {
            var open = text.IndexOf('{', i, end - i);
            if (open < 0) return;
            var statementEnd = text.IndexOf(';', i, open - i);
            var prelude = text[i..open].Trim();
            if (statementEnd >= 0 && prelude.StartsWith('@'))
            {
                // "@import url(...);" or "@charset ...;" before the next block.
                i = statementEnd + 1;
                continue;
            }
            var close = CssSyntax.ClosingBrace(text, open, end);
            if (prelude.StartsWith('@'))
            {
                if (prelude.StartsWith("@media", StringComparison.OrdinalIgnoreCase) && MediaApplies(prelude[6..]))
                    ReadBlock(text, open + 1, close, rules);
            }
            else if (prelude.Length > 0)
            {
                var declarations = CssDeclaration.Parse(text[(open + 1)..close]);
                if (declarations.Count > 0) rules.Add(new CssRule(prelude, declarations));
            }
            i = close + 1;
        }
    }

    private static bool MediaApplies(string query) =>
        CssSyntax.SplitTopLevel(query, ',')
            .Select(q => q.Trim().ToLowerInvariant())
            .Select(q => q.StartsWith("only ", StringComparison.Ordinal) ? q[5..].Trim() : q)
            .Any(q => q is "screen" or "all");
}
