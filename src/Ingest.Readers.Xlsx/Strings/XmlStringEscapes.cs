using System.Globalization;
using System.Text;

namespace Ingest.Readers.Xlsx.Strings;

/// <summary>
/// SpreadsheetML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_), and a
/// literal "_x" as _x005F_x. Decoding in one left-to-right pass keeps the escaped escape literal.
/// </summary>
internal static class XmlStringEscapes
{
    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal)) return Lines(text);
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (IsEscape(text, i))
            {
                result.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 7;
            }
            else result.Append(text[i++]);
        }
        return Lines(result.ToString());
    }

    private static bool IsEscape(string text, int i) =>
        i + 7 <= text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);

    /// <summary>Line breaks in the table model are '\n'.</summary>
    private static string Lines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
