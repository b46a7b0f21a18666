namespace Ingest.Readers.Html;

/// <summary>
/// Splitting a selector list or media query list into its members, respecting brackets and quotes
/// (<c>td:is(.a, .b)</c> is one selector). AngleSharp.Css parses the style sheet; each selector of a list is
/// matched on its own here, for its own specificity and for the element index.
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
}
