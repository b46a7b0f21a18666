using System.Xml.Linq;

namespace Ingest.Readers.Xlsx.Package;

/// <summary>
/// SpreadsheetML names. Parts are matched by local name inside the namespace their root declares, so
/// that both transitional and ISO strict workbooks read the same way; extension elements (x14, xm)
/// live in other namespaces and inside extLst, which the readers skip.
/// </summary>
internal static class Sml
{
    public const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    public const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public static bool IsMain(string namespaceUri) => namespaceUri is Transitional or Strict;

    /// <summary>The first child with this local name in the parent's own namespace.</summary>
    public static XElement? Child(this XElement? parent, string localName) =>
        parent?.Element(parent.Name.Namespace + localName);

    public static IEnumerable<XElement> Children(this XElement? parent, string localName) =>
        parent is null ? [] : parent.Elements(parent.Name.Namespace + localName);

    public static string? Attr(this XElement? element, string name) => element?.Attribute(name)?.Value;

    /// <summary>r:id in either the transitional or the strict relationships namespace.</summary>
    public static string? RelationshipId(this XElement element) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == "id" &&
            a.Name.NamespaceName is TransitionalRelationships or StrictRelationships)?.Value;

    public static int? Int(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;

    /// <summary>xsd:boolean: "1"/"true" are on; absent gives the fallback.</summary>
    public static bool Bool(string? value, bool fallback) => value?.Trim() switch
    {
        null => fallback,
        "1" or "true" => true,
        "0" or "false" => false,
        _ => fallback,
    };

    /// <summary>An element's boolean val attribute where presence alone means true (b, i in fonts and runs).</summary>
    public static bool OnOff(string? val) => Bool(val, true);
}
