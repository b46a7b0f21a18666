using System.Globalization;
using AngleSharp.Dom;

namespace Ingest.Readers.Html;

/// <summary>The inherited formatting text is drawn with: the part of CSS's inheritance that scorecards use.</summary>
/// <param name="Colour">Upper-case RRGGBB, or null for the page's default text colour.</param>
/// <param name="Superscript">Inside &lt;sup&gt; (or vertical-align: super): how footnote markers are printed.</param>
internal readonly record struct InlineFormat(bool Bold, string? Colour, bool Superscript = false)
{
    public static InlineFormat Default => default;

    /// <summary>
    /// The format inside <paramref name="element"/>: the browser's defaults for the tag (b, strong, th and
    /// headings are bold), then presentational attributes (<c>&lt;font color&gt;</c>), then CSS, which
    /// overrides both.
    /// </summary>
    public InlineFormat Inside(IElement element, ResolvedStyle style)
    {
        var bold = Bold || HtmlElements.IsBoldByDefault(element.LocalName);
        if (style.FontWeight is { } weight) bold = WeightIsBold(weight, parentBold: Bold, fallback: bold);

        var colour = Colour;
        if (element.LocalName == "font" && CssColour.ParseLegacy(element.GetAttribute("color")) is { } fontColour) colour = fontColour;
        if (style.Colour is { } declared) colour = ColourValue(declared, inherited: Colour, fallback: colour);
        var superscript = Superscript || element.LocalName == "sup";
        return new InlineFormat(bold, colour, superscript);
    }

    private static bool WeightIsBold(string weight, bool parentBold, bool fallback) => weight switch
    {
        "bold" or "bolder" => true,
        "normal" or "lighter" or "initial" => false,
        "inherit" or "unset" => parentBold,
        _ => int.TryParse(weight, NumberStyles.Integer, CultureInfo.InvariantCulture, out var numeric) ? numeric >= 600 : fallback,
    };

    private static string? ColourValue(string value, string? inherited, string? fallback) => value switch
    {
        "inherit" or "unset" or "currentcolor" => inherited,
        // Automatic colour (Word's windowtext) arrives as initial: see CssDeclaration.WithDefaultColours.
        "initial" => null,
        _ => CssColour.Parse(value) ?? fallback,
    };
}
