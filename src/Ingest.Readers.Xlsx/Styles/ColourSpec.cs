using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Ingest.Readers.Xlsx.Styles;

/// <summary>
/// A CT_Color as written (fgColor, font color, rich-text run color): one of rgb, indexed or theme,
/// optionally tinted, or automatic. <see cref="ColourResolver"/> turns it into RRGGBB.
/// </summary>
internal readonly record struct ColourSpec(bool Auto, string? Rgb, int? Indexed, int? Theme, double Tint)
{
    public bool IsEmpty => !Auto && Rgb is null && Indexed is null && Theme is null;

    public static ColourSpec From(XElement? element) => element is null
        ? default
        : Parse(element.Attribute("auto")?.Value, element.Attribute("rgb")?.Value, element.Attribute("indexed")?.Value,
            element.Attribute("theme")?.Value, element.Attribute("tint")?.Value);

    /// <summary>Reads the attributes of the element a streaming reader is on.</summary>
    public static ColourSpec From(XmlReader reader) =>
        Parse(reader.GetAttribute("auto"), reader.GetAttribute("rgb"), reader.GetAttribute("indexed"),
            reader.GetAttribute("theme"), reader.GetAttribute("tint"));

    private static ColourSpec Parse(string? auto, string? rgb, string? indexed, string? theme, string? tint) => new(
        Package.Sml.Bool(auto, false),
        rgb,
        Package.Sml.Int(indexed),
        Package.Sml.Int(theme),
        double.TryParse(tint, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && double.IsFinite(t)
            ? Math.Clamp(t, -1, 1)
            : 0);
}
