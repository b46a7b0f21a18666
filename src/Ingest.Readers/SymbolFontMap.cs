using System.Globalization;
using Ingest.Core.Rules;

namespace Ingest.Readers;

/// <summary>
/// Translates glyphs of symbol fonts (Wingdings, Symbol ...) to the Unicode characters they show.
/// The mapping is data (<c>symbol-fonts.yaml</c>) so a new glyph met in a real document is a rule
/// change, not a code change.
/// </summary>
public sealed class SymbolFontMap
{
    public const string FileName = "symbol-fonts.yaml";

    /// <summary>Word stores symbol-font codes in the private-use block F000-F0FF.</summary>
    private const int PrivateUseBase = 0xF000;

    private readonly Dictionary<string, Dictionary<int, string>> _fonts;

    public SymbolFontMap(SymbolFontRules rules)
    {
        Drawings = rules.Drawings;
        _fonts = new Dictionary<string, Dictionary<int, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (font, codes) in rules.Fonts)
        {
            var map = new Dictionary<int, string>();
            foreach (var (code, text) in codes ?? [])
            {
                var parsed = NormaliseCode(code)
                             ?? throw new InvalidDataException($"{FileName}: font '{font}' has a code that is not hex: '{code}'");
                if (string.IsNullOrEmpty(text))
                    throw new InvalidDataException($"{FileName}: font '{font}' code '{code}' maps to nothing");
                map[parsed] = text;
            }
            _fonts[font.Trim()] = map;
        }
    }

    /// <summary>What drawn shapes and described pictures stand for.</summary>
    public DrawnMarkRules Drawings { get; }

    public static SymbolFontMap Load(RulesDirectory rules) => new(rules.Load<SymbolFontRules>(FileName));

    public static SymbolFontMap Parse(string yaml) => new(RulesDirectory.Parse<SymbolFontRules>(yaml, FileName));

    public bool IsSymbolFont(string? font) => font is not null && _fonts.ContainsKey(font.Trim());

    /// <summary>The Unicode text of a code in a font, or null when the font or code is not known.</summary>
    /// <param name="code">Either form Word uses: the private-use code (F070) or the plain byte (0x70).</param>
    public string? Map(string font, int code)
    {
        if (!_fonts.TryGetValue(font.Trim(), out var codes)) return null;
        return codes.GetValueOrDefault(ToPrivateUse(code));
    }

    /// <summary>
    /// Parses a hex code as Word writes it ("F070", "0070", "70", optionally "0x"-prefixed) to the
    /// private-use form, or null when it is not hex or outside the symbol range.
    /// </summary>
    public static int? NormaliseCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var hex = code.Trim();
        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) hex = hex[2..];
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)) return null;
        return IsSymbolCode(value) ? ToPrivateUse(value) : null;
    }

    /// <summary>True for a code a symbol font can hold: a single byte, or that byte in the private-use block.</summary>
    public static bool IsSymbolCode(int code) => code is >= 0 and < 0x100 or >= PrivateUseBase and < PrivateUseBase + 0x100;

    /// <summary>The private-use form of a symbol code (0x70 -> 0xF070); codes already there are unchanged.</summary>
    public static int ToPrivateUse(int code) => code < 0x100 ? PrivateUseBase + code : code;
}
