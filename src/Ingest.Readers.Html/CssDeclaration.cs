using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;

namespace Ingest.Readers.Html;

/// <summary>One property the reader cares about, as a style attribute or style sheet rule declares it.</summary>
/// <param name="Value">Lower-case, trimmed, as AngleSharp.Css serialises it (colours as <c>rgba(...)</c>).</param>
internal sealed partial record CssDeclaration(string Property, string Value, bool Important)
{
    public const string Colour = "color";
    public const string Background = "background-color";
    public const string FontWeight = "font-weight";
    public const string Display = "display";
    public const string Visibility = "visibility";

    /// <summary>
    /// The declarations of a parsed style attribute or rule body that matter here: text colour, fill,
    /// weight and whether the element shows at all. AngleSharp.Css has already expanded the
    /// <c>background</c> shorthand (its colour, or the initial transparent one) and dropped values that
    /// are not valid CSS, as a browser does.
    /// </summary>
    public static IReadOnlyList<CssDeclaration> From(ICssStyleDeclaration style)
    {
        var found = new List<CssDeclaration>();
        foreach (var property in style)
        {
            var name = property.Name.ToLowerInvariant();
            if (name is not (Colour or Background or FontWeight or Display or Visibility)) continue;
            var value = property.Value.Trim().ToLowerInvariant();
            if (value.Length > 0) found.Add(new CssDeclaration(name, value, property.IsImportant));
        }
        return found;
    }

    /// <summary>
    /// The style text with a colour that means "the default" written as <c>initial</c>. Word's "Save as
    /// Web Page" writes <c>windowtext</c> for automatic text colour (and some exports <c>color: auto</c>);
    /// AngleSharp.Css resolves system colours to a fixed black and drops <c>auto</c>, which would read
    /// automatic text as chosen black, or let a coloured parent show through.
    /// </summary>
    public static string WithDefaultColours(string css) => AutomaticColour().Replace(css, "initial");

    [GeneratedRegex(@"(?<=:\s*)(?:windowtext|canvastext|(?<=\bcolor\s*:\s*)auto)(?=\s*(?:!\s*important\s*)?(?:;|}|$))", RegexOptions.IgnoreCase)]
    private static partial Regex AutomaticColour();
}
