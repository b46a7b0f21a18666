using System.Xml.Linq;
using Ingest.Readers.Xlsx.Package;

namespace Ingest.Readers.Xlsx.Styles;

/// <summary>
/// The legacy 64-colour palette that indexed colours point into. A workbook may replace it
/// (styles.xml colors/indexedColors); otherwise Excel's default applies. Index 64 is the system
/// foreground (automatic text) and 65 the system background.
/// </summary>
internal sealed class IndexedPalette
{
    public const int SystemForeground = 64;
    public const int SystemBackground = 65;

    private static readonly string[] Default =
    [
        "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
        "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
        "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
        "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
        "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
        "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
        "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
        "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
    ];

    private readonly string[] _colours;

    private IndexedPalette(string[] colours) => _colours = colours;

    public static IndexedPalette Excel { get; } = new(Default);

    /// <param name="colors">styles.xml's colors element, or null.</param>
    public static IndexedPalette From(XElement? colors)
    {
        var custom = colors.Child("indexedColors").Children("rgbColor")
            .Select(c => HexColour.FromArgb(c.Attr("rgb")))
            .ToArray();
        if (custom.Length == 0) return Excel;
        // A custom palette replaces the default entry by entry; entries it leaves out keep their default.
        var colours = (string[])Default.Clone();
        for (var i = 0; i < Math.Min(custom.Length, colours.Length); i++)
            if (custom[i] is { } colour) colours[i] = colour;
        return new IndexedPalette(colours);
    }

    /// <summary>RRGGBB of an index, or null for the system foreground and anything out of range.</summary>
    public string? this[int index] => index switch
    {
        SystemBackground => "FFFFFF",
        >= 0 when index < _colours.Length => _colours[index],
        _ => null,
    };
}
