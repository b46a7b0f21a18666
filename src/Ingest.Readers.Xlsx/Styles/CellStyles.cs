using System.Xml.Linq;
using Ingest.Readers.Xlsx.Formats;
using Ingest.Readers.Xlsx.Package;

namespace Ingest.Readers.Xlsx.Styles;

/// <summary>
/// styles.xml reduced to what the reader needs per cell style index: number format, bold, font colour
/// and fill. Fills are plain pattern fills; conditional formatting (dxfs and the sheet's
/// conditionalFormatting rules) is ignored, because evaluating its formulas means recalculating the
/// workbook, and councils that colour RAG cells by rule usually also write the RAG word.
/// </summary>
internal sealed class CellStyles
{
    private readonly CellStyle[] _styles;
    private readonly string? _defaultFontColour;

    private CellStyles(CellStyle[] styles, ColourResolver colours, string? defaultFontColour)
    {
        _styles = styles;
        Colours = colours;
        _defaultFontColour = defaultFontColour;
    }

    public ColourResolver Colours { get; }

    public static CellStyles Empty { get; } =
        new([CellStyle.Plain], new ColourResolver(ThemePalette.Default, IndexedPalette.Excel), null);

    /// <summary>The style of a cell's s attribute; an index the stylesheet lacks is treated as the default style.</summary>
    public CellStyle this[int index] => index >= 0 && index < _styles.Length ? _styles[index] : _styles[0];

    /// <param name="styleSheet">styles.xml's root, or null when the workbook has none.</param>
    public static CellStyles From(XElement? styleSheet, XElement? theme)
    {
        if (styleSheet is null) return Empty;
        var colours = new ColourResolver(ThemePalette.From(theme), IndexedPalette.From(styleSheet.Child("colors")));

        var customFormats = new Dictionary<int, string>();
        foreach (var format in styleSheet.Child("numFmts").Children("numFmt"))
            if (Sml.Int(format.Attr("numFmtId")) is { } id && format.Attr("formatCode") is { } code)
                customFormats[id] = code;

        var fontElements = styleSheet.Child("fonts").Children("font").ToArray();
        var fonts = fontElements.Select(f => ReadFont(f, colours)).ToArray();
        // The Normal style's font colour is what "no colour" looks like in this workbook.
        var defaultFontColour = fonts.Length > 0 ? fonts[0].Colour : null;
        var fills = styleSheet.Child("fills").Children("fill").Select(f => ReadFill(f, colours)).ToArray();

        var parsed = new Dictionary<int, NumberFormat>();
        NumberFormat FormatOf(int id)
        {
            if (parsed.TryGetValue(id, out var cached)) return cached;
            var code = customFormats.GetValueOrDefault(id) ?? BuiltInFormats.Code(id);
            var format = code is null ? NumberFormat.General : NumberFormat.Parse(code);
            parsed[id] = format;
            return format;
        }

        var styles = styleSheet.Child("cellXfs").Children("xf").Select(xf =>
        {
            var font = At(fonts, Sml.Int(xf.Attr("fontId")));
            return new CellStyle(
                FormatOf(Sml.Int(xf.Attr("numFmtId")) ?? 0),
                font.Bold,
                NormaliseFontColour(font.Colour, defaultFontColour),
                At(fills, Sml.Int(xf.Attr("fillId"))));
        }).ToArray();
        return new CellStyles(styles.Length > 0 ? styles : [CellStyle.Plain], colours, defaultFontColour);
    }

    /// <summary>A rich-text run's rPr: a complete font of its own, so what it leaves out is off or default.</summary>
    public FontFace RunFont(bool bold, ColourSpec colour, bool superscript = false) =>
        new(bold, NormaliseFontColour(Colours.Resolve(colour), _defaultFontColour), superscript);

    /// <summary>A number format's [Red] and the like, normalised as font colours are.</summary>
    public string? FormatColour(string? colour) => NormaliseFontColour(colour, _defaultFontColour);

    /// <summary>
    /// The table model keeps null for text in the default colour (automatic, or black); only a colour
    /// someone chose is worth reporting, since font colour can carry RAG.
    /// </summary>
    private static string? NormaliseFontColour(string? colour, string? defaultColour) =>
        colour is null || colour == HexColour.Black || colour == defaultColour ? null : colour;

    private static FontFace ReadFont(XElement font, ColourResolver colours)
    {
        var bold = font.Child("b");
        return new FontFace(bold is not null && Sml.OnOff(bold.Attr("val")), colours.Resolve(ColourSpec.From(font.Child("color"))),
            font.Child("vertAlign")?.Attr("val") == "superscript");
    }

    /// <summary>
    /// A solid pattern's colour is its fgColor. Other patterns (gray125 and friends) with no colours
    /// are Excel's placeholders, not fills; a coloured pattern is taken at its foreground colour.
    /// A gradient is taken at its first stop.
    /// </summary>
    private static string? ReadFill(XElement fill, ColourResolver colours)
    {
        if (fill.Child("patternFill") is { } pattern)
        {
            var type = pattern.Attr("patternType");
            if (type is null or "none") return null;
            var foreground = colours.Resolve(ColourSpec.From(pattern.Child("fgColor")));
            return type == "solid" ? foreground ?? colours.Resolve(ColourSpec.From(pattern.Child("bgColor"))) : foreground;
        }
        var stop = fill.Child("gradientFill").Children("stop").FirstOrDefault();
        return stop is null ? null : colours.Resolve(ColourSpec.From(stop.Child("color")));
    }

    private static T? At<T>(T[] items, int? index) =>
        index is { } i && i >= 0 && i < items.Length ? items[i] : default;
}
