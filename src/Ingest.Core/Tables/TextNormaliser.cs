using System.Text;

namespace Ingest.Core.Tables;

/// <summary>Whitespace handling shared by every stage, so that "the same text" means one thing everywhere.</summary>
public static class TextNormaliser
{
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0' || ch == '\u200B')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
