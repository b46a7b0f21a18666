using System.Globalization;
using System.Xml.Linq;

namespace Ingest.Readers.Docx;

/// <summary>
/// Names of the WordprocessingML elements the reader looks at. Parts are read with LINQ to XML rather
/// than the SDK's typed DOM: on a 2,000-row table the typed DOM of SDK 2.x takes several times longer
/// to load than the whole read takes this way.
/// </summary>
internal static class Wml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static readonly XName Document = W + "document";
    public static readonly XName Body = W + "body";
    public static readonly XName P = W + "p";
    public static readonly XName PPr = W + "pPr";
    public static readonly XName PStyle = W + "pStyle";
    public static readonly XName Run = W + "r";
    public static readonly XName RPr = W + "rPr";
    public static readonly XName RStyle = W + "rStyle";
    public static readonly XName T = W + "t";
    public static readonly XName Tab = W + "tab";
    public static readonly XName PTab = W + "ptab";
    public static readonly XName Br = W + "br";
    public static readonly XName Cr = W + "cr";
    public static readonly XName NoBreakHyphen = W + "noBreakHyphen";
    public static readonly XName Sym = W + "sym";
    public static readonly XName Drawing = W + "drawing";
    public static readonly XName Font = W + "font";
    public static readonly XName Char = W + "char";
    public static readonly XName Del = W + "del";
    public static readonly XName MoveFrom = W + "moveFrom";
    public static readonly XName Bold = W + "b";
    public static readonly XName Vanish = W + "vanish";
    public static readonly XName VertAlign = W + "vertAlign";
    public static readonly XName Color = W + "color";
    public static readonly XName RFonts = W + "rFonts";
    public static readonly XName Ascii = W + "ascii";
    public static readonly XName HAnsi = W + "hAnsi";
    public static readonly XName Sdt = W + "sdt";
    public static readonly XName SdtContent = W + "sdtContent";
    public static readonly XName CustomXml = W + "customXml";
    public static readonly XName Tbl = W + "tbl";
    public static readonly XName TblGrid = W + "tblGrid";
    public static readonly XName GridCol = W + "gridCol";
    public static readonly XName Tr = W + "tr";
    public static readonly XName TrPr = W + "trPr";
    public static readonly XName GridBefore = W + "gridBefore";
    public static readonly XName GridAfter = W + "gridAfter";
    public static readonly XName TblHeader = W + "tblHeader";
    public static readonly XName Tc = W + "tc";
    public static readonly XName TcPr = W + "tcPr";
    public static readonly XName GridSpan = W + "gridSpan";
    public static readonly XName VMerge = W + "vMerge";
    public static readonly XName Shd = W + "shd";
    public static readonly XName Fill = W + "fill";
    public static readonly XName SectPr = W + "sectPr";
    public static readonly XName HeaderReference = W + "headerReference";
    public static readonly XName FooterReference = W + "footerReference";
    public static readonly XName Styles = W + "styles";
    public static readonly XName Style = W + "style";
    public static readonly XName StyleId = W + "styleId";
    public static readonly XName Type = W + "type";
    public static readonly XName Default = W + "default";
    public static readonly XName BasedOn = W + "basedOn";
    public static readonly XName DocDefaults = W + "docDefaults";
    public static readonly XName RPrDefault = W + "rPrDefault";
    public static readonly XName Val = W + "val";
    public static readonly XName AlternateContent = Mc + "AlternateContent";
    public static readonly XName Choice = Mc + "Choice";
    public static readonly XName Fallback = Mc + "Fallback";
    public static readonly XName RelationshipId = R + "id";

    /// <summary>The w:val of a child element, e.g. the style id of w:pPr/w:pStyle.</summary>
    public static string? ChildVal(this XElement? parent, XName child) =>
        parent?.Element(child)?.Attribute(Val)?.Value;

    /// <summary>An integer w:val (spans, grid skips); absent or malformed gives the fallback.</summary>
    public static int ChildInt(this XElement? parent, XName child, int fallback) =>
        int.TryParse(parent.ChildVal(child), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
