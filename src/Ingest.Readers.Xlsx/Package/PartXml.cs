using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Ingest.Readers.Xlsx.Package;

/// <summary>
/// Opens package parts as XML, safely: no DTDs (no entity-expansion bombs) and a character limit that
/// catches a part inflating beyond what its zip entry declared. Small parts (workbook, styles, theme)
/// are loaded whole; sheets and shared strings are streamed by their readers.
/// </summary>
internal static class PartXml
{
    public static XmlReader OpenReader(OpenXmlPart part)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = XlsxPackageGuard.MaxPartBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        return XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), settings);
    }

    public static XElement? Load(OpenXmlPart? part)
    {
        if (part is null) return null;
        using var reader = OpenReader(part);
        // Whitespace is kept because text elements hold strings whose spaces matter.
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
    }

    /// <summary>Positions a streaming reader on the root element and returns whether it is SpreadsheetML.</summary>
    public static bool MoveToRoot(XmlReader reader)
    {
        reader.MoveToContent();
        return reader.NodeType == XmlNodeType.Element && Sml.IsMain(reader.NamespaceURI);
    }

    /// <summary>
    /// Calls <paramref name="onChild"/> for each child element of the element the reader is on; the
    /// callback must consume the child (read it to its end or Skip). Leaves the reader after the element.
    /// </summary>
    public static void ForEachChild(XmlReader reader, Action<XmlReader> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element) onChild(reader);
            else reader.Read();
        }
        reader.Read();
    }
}
