namespace Ingest.Readers.Html;

/// <summary>
/// Just enough CSS syntax for style attributes and &lt;style&gt; elements: comments, rule blocks, and
/// splitting that respects brackets and quotes (a <c>url(data:...;base64,...)</c> holds semicolons).
/// </summary>
internal static class CssSyntax
{
    /// <summary>Splits at <paramref name="separator"/> outside brackets and quotes; empty parts are dropped.</summary>
    public static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quote = '\0';
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '(' or '[': depth++; break;
                case ')' or ']': depth = Math.Max(0, depth - 1); break;
                default:
                    if (depth == 0 && (c == separator || (separator == ' ' && char.IsWhiteSpace(c))))
                    {
                        Add(start, i);
                        start = i + 1;
                    }
                    break;
            }
        }
        Add(start, text.Length);
        return parts;

        void Add(int from, int to)
        {
            var part = text[from..to].Trim();
            if (part.Length > 0) parts.Add(part);
        }
    }

    /// <summary>The text without <c>/* comments */</c> and the <c>&lt;!-- --&gt;</c> that old pages wrap style sheets in.</summary>
    public static string WithoutComments(string css)
    {
        var result = new System.Text.StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var open = css.IndexOf("/*", i, StringComparison.Ordinal);
            if (open < 0)
            {
                result.Append(css, i, css.Length - i);
                break;
            }
            result.Append(css, i, open - i);
            var close = css.IndexOf("*/", open + 2, StringComparison.Ordinal);
            i = close < 0 ? css.Length : close + 2;
            result.Append(' ');
        }
        return result.Replace("<!--", " ").Replace("-->", " ").ToString();
    }

    /// <summary>
    /// Index of the brace closing the block opened at <paramref name="open"/>, or <paramref name="end"/>
    /// when the style sheet ends first (a browser closes unclosed blocks at the end).
    /// </summary>
    public static int ClosingBrace(string text, int open, int end)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = open; i < end; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (c is '"' or '\'') quote = c;
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return end;
    }
}
