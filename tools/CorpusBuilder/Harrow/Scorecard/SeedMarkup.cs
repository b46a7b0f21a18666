using System.Net;
using System.Text;
using CorpusBuilder.Word;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>
/// Reads a seed cell: plain text where &lt;b&gt;, &lt;i&gt; and &lt;sub&gt; mark bold, italic and subscript
/// runs, with HTML entities inside the tags (the seed writes "CLEAN &amp;amp; SAFE").
/// </summary>
internal static class SeedMarkup
{
    public static IReadOnlyList<TextPiece> Parse(string markup)
    {
        var pieces = new List<TextPiece>();
        var text = new StringBuilder();
        bool bold = false, italic = false, sub = false;
        var i = 0;
        while (i < markup.Length)
        {
            var tag = TagAt(markup, i);
            if (tag is null)
            {
                text.Append(markup[i]);
                i++;
                continue;
            }
            Flush();
            var (name, closing, length) = tag.Value;
            switch (name)
            {
                case "b": bold = !closing; break;
                case "i": italic = !closing; break;
                case "sub": sub = !closing; break;
            }
            i += length;
        }
        Flush();
        return pieces;

        void Flush()
        {
            if (text.Length == 0) return;
            var decoded = bold || italic || sub ? WebUtility.HtmlDecode(text.ToString()) : text.ToString();
            pieces.Add(new TextPiece(decoded, Bold: bold, Italic: italic, Subscript: sub));
            text.Clear();
        }
    }

    private static (string Name, bool Closing, int Length)? TagAt(string s, int i)
    {
        foreach (var name in new[] { "b", "i", "sub" })
        {
            if (string.CompareOrdinal(s, i, $"<{name}>", 0, name.Length + 2) == 0) return (name, false, name.Length + 2);
            if (string.CompareOrdinal(s, i, $"</{name}>", 0, name.Length + 3) == 0) return (name, true, name.Length + 3);
        }
        return null;
    }
}
