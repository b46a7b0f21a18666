using System.Text;

namespace CorpusBuilder.Html;

/// <summary>
/// Escapes text for HTML the way content-management systems write it: the markup characters as entities, a few
/// typographic characters as named entities (&amp;pound; &amp;ndash; &amp;rsquo; &amp;bull;), everything else as UTF-8.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '£' => "&pound;",
                '–' => "&ndash;",
                '’' => "&rsquo;",
                '•' => "&bull;",
                '\u00A0' => "&nbsp;",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }
}
