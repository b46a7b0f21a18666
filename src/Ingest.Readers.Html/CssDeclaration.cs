using System.Text.RegularExpressions;

namespace Ingest.Readers.Html;

/// <summary>One property the reader cares about, as a style attribute or style sheet rule declares it.</summary>
/// <param name="Value">Lower-case, trimmed, without <c>!important</c>.</param>
internal sealed partial record CssDeclaration(string Property, string Value, bool Important)
{
    public const string Colour = "color";
    public const string Background = "background-color";
    public const string FontWeight = "font-weight";
    public const string Display = "display";
    public const string Visibility = "visibility";

    /// <summary>
    /// The declarations of a style attribute or rule body that matter here: text colour, fill, weight
    /// and whether the element shows at all. The <c>background</c> shorthand becomes a fill (transparent
    /// when it names no colour, since the shorthand resets the colour).
    /// </summary>
    public static IReadOnlyList<CssDeclaration> Parse(string block)
    {
        var found = new List<CssDeclaration>();
        foreach (var declaration in CssSyntax.SplitTopLevel(block, ';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0) continue;
            var property = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Trim();
            var important = Importance().IsMatch(value);
            if (important) value = Importance().Replace(value, "");
            value = value.Trim().ToLowerInvariant();
            if (value.Length == 0) continue;
            switch (property)
            {
                case Colour or Background or FontWeight or Display or Visibility:
                    found.Add(new CssDeclaration(property, value, important));
                    break;
                case "background":
                    found.Add(new CssDeclaration(Background, ShorthandColour(value), important));
                    break;
            }
        }
        return found;
    }

    /// <summary>The colour of a <c>background</c> shorthand: only its last layer may carry one.</summary>
    private static string ShorthandColour(string value)
    {
        if (value is "inherit" or "initial" or "unset") return value;
        var layers = CssSyntax.SplitTopLevel(value, ',');
        var last = layers.Count == 0 ? "" : layers[^1];
        foreach (var token in CssSyntax.SplitTopLevel(last, ' '))
            if (CssColour.Parse(token) is not null || CssColour.IsClear(token)) return token;
        return "transparent";
    }

    [GeneratedRegex(@"!\s*important\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Importance();
}
