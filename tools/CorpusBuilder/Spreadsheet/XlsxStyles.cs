using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CorpusBuilder.Spreadsheet;

/// <summary>How one cell looks; each distinct look becomes one entry of styles.xml's cellXfs.</summary>
/// <param name="Fill">RRGGBB, "theme:N" or "theme:N:tint", or null.</param>
/// <param name="Bordered">Table cells have thin borders; title rows do not.</param>
/// <param name="Sideways">Text rotated 90 degrees (a merged group name printed up the cell).</param>
internal sealed record CellLook(bool Bold, string? Fill, string NumberFormat, bool Bordered, bool Sideways);

/// <summary>Collects the looks a workbook uses and writes styles.xml with the fonts, fills, formats and xfs they need.</summary>
internal sealed class XlsxStyles
{
    // Excel's built-in number formats; others get custom ids from 164.
    private static readonly Dictionary<string, uint> BuiltIn = new(StringComparer.Ordinal)
    {
        ["General"] = 0, ["0"] = 1, ["0.00"] = 2, ["#,##0"] = 3, ["#,##0.00"] = 4, ["0%"] = 9, ["0.00%"] = 10,
    };

    private readonly List<CellLook> _looks = [new(false, null, "General", false, false)];
    private readonly List<string> _fills = [];
    private readonly List<string> _customFormats = [];

    /// <summary>The cellXfs index of a look (0 is the default look).</summary>
    public uint Index(CellLook look)
    {
        var i = _looks.IndexOf(look);
        if (i >= 0) return (uint)i;
        _looks.Add(look);
        if (look.Fill is not null && !_fills.Contains(look.Fill)) _fills.Add(look.Fill);
        if (!BuiltIn.ContainsKey(look.NumberFormat) && !_customFormats.Contains(look.NumberFormat)) _customFormats.Add(look.NumberFormat);
        return (uint)(_looks.Count - 1);
    }

    public Stylesheet Build()
    {
        var stylesheet = new Stylesheet();
        if (_customFormats.Count > 0)
            stylesheet.Append(new NumberingFormats(_customFormats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = f }))
            { Count = (uint)_customFormats.Count });
        stylesheet.Append(new Fonts(Font(false), Font(true)) { Count = 2 });
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        foreach (var fill in _fills) fills.Append(new Fill(Solid(fill)));
        fills.Count = (uint)fills.ChildElements.Count;
        stylesheet.Append(fills);
        stylesheet.Append(new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 });
        stylesheet.Append(new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });
        var xfs = new CellFormats();
        foreach (var look in _looks) xfs.Append(Xf(look));
        xfs.Count = (uint)_looks.Count;
        stylesheet.Append(xfs);
        stylesheet.Append(new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private CellFormat Xf(CellLook look)
    {
        var xf = new CellFormat
        {
            NumberFormatId = BuiltIn.TryGetValue(look.NumberFormat, out var id) ? id : (uint)(164 + _customFormats.IndexOf(look.NumberFormat)),
            FontId = look.Bold ? 1U : 0U,
            FillId = look.Fill is null ? 0U : (uint)(2 + _fills.IndexOf(look.Fill)),
            BorderId = look.Bordered ? 1U : 0U,
            FormatId = 0,
        };
        if (look.NumberFormat != "General") xf.ApplyNumberFormat = true;
        if (look.Bold) xf.ApplyFont = true;
        if (look.Fill is not null) xf.ApplyFill = true;
        if (look.Bordered)
        {
            xf.ApplyBorder = true;
            xf.ApplyAlignment = true;
            var alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
            if (look.Sideways)
            {
                alignment.Horizontal = HorizontalAlignmentValues.Center;
                alignment.Vertical = VerticalAlignmentValues.Center;
                alignment.TextRotation = 90U;
            }
            xf.Append(alignment);
        }
        return xf;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 10 });
        font.Append(new FontName { Val = "Arial" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static PatternFill Solid(string fill)
    {
        var foreground = new ForegroundColor();
        if (fill.StartsWith("theme:", StringComparison.Ordinal))
        {
            var parts = fill.Split(':');
            foreground.Theme = uint.Parse(parts[1], CultureInfo.InvariantCulture);
            if (parts.Length > 2) foreground.Tint = double.Parse(parts[2], CultureInfo.InvariantCulture);
        }
        else foreground.Rgb = HexBinaryValue.FromString("FF" + fill);
        return new PatternFill(foreground, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid };
    }

    private static T Thin<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } };
}
