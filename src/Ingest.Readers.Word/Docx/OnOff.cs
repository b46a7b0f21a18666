using System.Xml.Linq;

namespace Ingest.Readers.Docx;

/// <summary>Word's on/off properties (w:b, w:vanish, w:tblHeader ...): present means on unless w:val says otherwise.</summary>
internal static class OnOff
{
    /// <summary>Null when the element is absent, so a style further down the chain can decide.</summary>
    public static bool? Read(XElement? element) =>
        element is null ? null : IsOn(element.Attribute(Wml.Val)?.Value);

    /// <summary>An on/off attribute value; absent means on, as for an element without w:val.</summary>
    public static bool IsOn(string? value)
    {
        if (value is null) return true;
        var trimmed = value.Trim();
        return !(trimmed == "0"
                 || trimmed.Equals("false", StringComparison.OrdinalIgnoreCase)
                 || trimmed.Equals("off", StringComparison.OrdinalIgnoreCase));
    }
}
