using System.Globalization;
using System.Text;

namespace Ingest.Readers.Docx;

/// <summary>
/// Turns symbol-font glyphs of one document into Unicode and remembers the ones it could not, so the
/// document's warnings say which codes to add to <c>symbol-fonts.yaml</c>.
/// </summary>
internal sealed class SymbolTranslator(SymbolFontMap map)
{
    public const string Replacement = "\uFFFD";

    private readonly Dictionary<(string Font, string Code), int> _unknown = [];

    public bool IsSymbolFont(string? font) => map.IsSymbolFont(font);

    /// <summary>A w:sym element: font and hex code as written.</summary>
    public string Symbol(string? font, string? code)
    {
        var parsed = SymbolFontMap.NormaliseCode(code);
        var mapped = font is null || parsed is null ? null : map.Map(font, parsed.Value);
        return mapped ?? Unknown(font, parsed is null ? code?.Trim() ?? "?" : Hex(parsed.Value));
    }

    /// <summary>Text typed in a symbol font: each character is a glyph code in that font.</summary>
    public string Text(string font, string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            // Whitespace is whitespace in every font, and a character outside the symbol range was
            // already converted to real Unicode by whoever wrote the file.
            if (char.IsWhiteSpace(ch) || !SymbolFontMap.IsSymbolCode(ch))
            {
                sb.Append(ch);
                continue;
            }
            sb.Append(map.Map(font, ch) ?? Unknown(font, Hex(SymbolFontMap.ToPrivateUse(ch))));
        }
        return sb.ToString();
    }

    public IEnumerable<string> Warnings() =>
        _unknown.Select(u =>
            $"unknown symbol {u.Key.Code} in font '{u.Key.Font}' ({u.Value} {(u.Value == 1 ? "time" : "times")}) shown as U+FFFD; add it to {SymbolFontMap.FileName}");

    private string Unknown(string? font, string code)
    {
        var key = (font?.Trim() ?? "(no font)", code);
        _unknown[key] = _unknown.GetValueOrDefault(key) + 1;
        return Replacement;
    }

    private static string Hex(int code) => code.ToString("X4", CultureInfo.InvariantCulture);
}
