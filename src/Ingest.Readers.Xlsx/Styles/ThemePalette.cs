using System.Xml.Linq;

namespace Ingest.Readers.Xlsx.Styles;

/// <summary>
/// The colour scheme of theme1.xml, indexed the way SpreadsheetML's theme attribute counts: Excel
/// swaps the first two pairs, so 0 is lt1 (background, usually white) and 1 is dk1 (text, usually
/// black), then lt2, dk2, accent1-6, hlink, folHlink.
/// </summary>
internal sealed class ThemePalette
{
    private static readonly string[] SchemeOrder =
        ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

    /// <summary>The Office theme of Excel 2013 onwards, for a workbook saved without a theme part.</summary>
    private static readonly string[] Office =
        ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

    private readonly string[] _colours;

    private ThemePalette(string[] colours) => _colours = colours;

    public static ThemePalette Default { get; } = new(Office);

    /// <param name="theme">The a:theme root of theme1.xml, or null.</param>
    public static ThemePalette From(XElement? theme)
    {
        var scheme = theme?.Descendants().FirstOrDefault(e => e.Name.LocalName == "clrScheme");
        if (scheme is null) return Default;
        var colours = (string[])Office.Clone();
        for (var i = 0; i < SchemeOrder.Length; i++)
        {
            var slot = scheme.Elements().FirstOrDefault(e => e.Name.LocalName == SchemeOrder[i]);
            if (slot is not null && SlotColour(slot) is { } colour) colours[i] = colour;
        }
        return new ThemePalette(colours);
    }

    public string? this[int index] => index >= 0 && index < _colours.Length ? _colours[index] : null;

    /// <summary>a:srgbClr val, or a:sysClr's lastClr (the system colour as it was when saved).</summary>
    private static string? SlotColour(XElement slot)
    {
        foreach (var colour in slot.Elements())
        {
            var value = colour.Name.LocalName switch
            {
                "srgbClr" => colour.Attribute("val")?.Value,
                "sysClr" => colour.Attribute("lastClr")?.Value ?? (colour.Attribute("val")?.Value == "window" ? HexColour.White : HexColour.Black),
                _ => null,
            };
            if (HexColour.FromArgb(value) is { } parsed) return parsed;
        }
        return null;
    }
}
