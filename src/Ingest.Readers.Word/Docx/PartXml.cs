using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Ingest.Readers.Docx;

/// <summary>Loads a package part as XML, safely: no DTDs (no entity expansion bombs), bounded size.</summary>
internal static class PartXml
{
    public static XElement? Load(OpenXmlPart? part)
    {
        if (part is null) return null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = DocxPackageGuard.MaxPartBytes,
            IgnoreComments = true,
        };
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, settings);
        // Whitespace is preserved because w:t holds text whose spaces matter; layout whitespace
        // between elements is never looked at.
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
    }
}
