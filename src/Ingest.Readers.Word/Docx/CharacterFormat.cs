using System.Xml.Linq;

namespace Ingest.Readers.Docx;

/// <summary>
/// The character properties the pipeline cares about, as one level of Word's formatting hierarchy
/// sets them: null means "not set here, ask the next level".
/// </summary>
/// <param name="Colour">Upper-case RRGGBB, or <see cref="HexColour.Auto"/> when this level says automatic.</param>
/// <param name="Font">The font for ordinary (ASCII/Latin) text, to spot symbol fonts.</param>
/// <param name="Superscript">w:vertAlign superscript: how footnote markers typed by hand are raised.</param>
internal readonly record struct CharacterFormat(bool? Bold, string? Colour, bool? Hidden, string? Font, bool? Superscript = null)
{
    public static CharacterFormat None => default;

    /// <summary>Reads w:rPr, a style's w:rPr or the document defaults' w:rPr.</summary>
    public static CharacterFormat From(XElement? properties)
    {
        if (properties is null) return None;
        var colour = properties.ChildVal(Wml.Color);
        var fonts = properties.Element(Wml.RFonts);
        return new CharacterFormat(
            OnOff.Read(properties.Element(Wml.Bold)),
            HexColour.IsAuto(colour) ? HexColour.Auto : HexColour.Normalise(colour),
            OnOff.Read(properties.Element(Wml.Vanish)),
            fonts?.Attribute(Wml.Ascii)?.Value ?? fonts?.Attribute(Wml.HAnsi)?.Value,
            properties.ChildVal(Wml.VertAlign) is { } align ? align == "superscript" : null);
    }

    /// <summary>This level's settings, falling back to <paramref name="lower"/> where this level is silent.</summary>
    public CharacterFormat Over(CharacterFormat lower) => new(
        Bold ?? lower.Bold,
        Colour ?? lower.Colour,
        Hidden ?? lower.Hidden,
        Font ?? lower.Font,
        Superscript ?? lower.Superscript);

    public EffectiveFormat Resolve() => new(
        Bold ?? false,
        Colour == HexColour.Auto ? null : Colour,
        Hidden ?? false,
        Font,
        Superscript ?? false);
}

/// <summary>The formatting a run ends up with once the whole hierarchy is applied.</summary>
internal readonly record struct EffectiveFormat(bool Bold, string? Colour, bool Hidden, string? Font, bool Superscript = false);
