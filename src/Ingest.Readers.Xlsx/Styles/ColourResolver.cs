namespace Ingest.Readers.Xlsx.Styles;

/// <summary>Turns a <see cref="ColourSpec"/> into upper-case RRGGBB with the workbook's palettes.</summary>
internal sealed class ColourResolver(ThemePalette theme, IndexedPalette indexed)
{
    /// <summary>RRGGBB, or null when the colour is automatic, absent or unresolvable.</summary>
    public string? Resolve(ColourSpec spec)
    {
        if (spec.Auto) return null;
        var colour = HexColour.FromArgb(spec.Rgb)
                     ?? (spec.Theme is { } t ? theme[t] : null)
                     ?? (spec.Indexed is { } i ? indexed[i] : null);
        return colour is null ? null : ColourTint.Apply(colour, spec.Tint);
    }
}
