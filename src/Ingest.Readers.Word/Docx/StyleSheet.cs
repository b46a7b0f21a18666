using System.Xml.Linq;

namespace Ingest.Readers.Docx;

/// <summary>
/// Character formatting from styles.xml. Council templates often make header and section rows bold
/// through a paragraph or character style rather than direct formatting, so the style chain matters.
/// Kept simple on purpose: the nearest level that sets a property wins (Word's toggle-property XOR
/// between styles is ignored) and table styles are not applied.
/// </summary>
internal sealed class StyleSheet
{
    private const int MaxChainLength = 32;

    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CharacterFormat> _resolved = new(StringComparer.Ordinal);
    private readonly CharacterFormat _documentDefaults;
    private readonly string? _defaultParagraphStyle;
    private readonly string? _defaultCharacterStyle;

    /// <param name="styles">The w:styles root of styles.xml, or null when the document has none.</param>
    public StyleSheet(XElement? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements(Wml.Style))
        {
            var id = style.Attribute(Wml.StyleId)?.Value;
            if (id is null) continue;
            _styles.TryAdd(id, style);
            var isDefault = style.Attribute(Wml.Default)?.Value;
            if (isDefault is null || !OnOff.IsOn(isDefault)) continue;
            var type = style.Attribute(Wml.Type)?.Value;
            if (type == "paragraph") _defaultParagraphStyle ??= id;
            else if (type == "character") _defaultCharacterStyle ??= id;
        }
        _documentDefaults = CharacterFormat.From(styles.Element(Wml.DocDefaults)?.Element(Wml.RPrDefault)?.Element(Wml.RPr));
    }

    /// <summary>What a paragraph gives its runs: its style (or the default paragraph style) over the document defaults.</summary>
    public CharacterFormat ForParagraph(XElement paragraph)
    {
        var styleId = paragraph.Element(Wml.PPr).ChildVal(Wml.PStyle) ?? _defaultParagraphStyle;
        return StyleFormat(styleId).Over(_documentDefaults);
    }

    /// <summary>Direct formatting, then the run's character style, then what the paragraph gives.</summary>
    public EffectiveFormat ForRun(XElement? properties, CharacterFormat paragraph)
    {
        var characterStyle = properties.ChildVal(Wml.RStyle) ?? _defaultCharacterStyle;
        return CharacterFormat.From(properties)
            .Over(StyleFormat(characterStyle))
            .Over(paragraph)
            .Resolve();
    }

    private CharacterFormat StyleFormat(string? styleId)
    {
        if (styleId is null) return CharacterFormat.None;
        if (_resolved.TryGetValue(styleId, out var cached)) return cached;

        // Walk basedOn iteratively: a cycle or an absurdly deep chain in a damaged file just stops.
        var format = CharacterFormat.None;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Count < MaxChainLength && seen.Add(id);)
        {
            if (!_styles.TryGetValue(id, out var style)) break;
            format = format.Over(CharacterFormat.From(style.Element(Wml.RPr)));
            id = style.ChildVal(Wml.BasedOn);
        }
        _resolved[styleId] = format;
        return format;
    }
}
