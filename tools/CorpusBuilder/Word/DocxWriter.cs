using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>
/// Writes a .docx byte for byte the same on every run. The SDK's own package writer stamps zip entries
/// with the current time and invents relationship ids, so the package (zip, content types, relationships,
/// properties) is written here and only the part XML comes from the SDK's typed elements.
/// </summary>
internal static class DocxWriter
{
    private const string StylesRelId = "rIdStyles";
    private const string HeaderRelId = "rIdHeader1";

    // Zip timestamps are DOS local times with no zone; any fixed value will do.
    private static readonly DateTimeOffset ZipTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XNamespace Ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static byte[] Write(DocxContent content)
    {
        var parts = new List<(string Name, byte[] Bytes)>
        {
            ("[Content_Types].xml", Xml(ContentTypes(content.PageHeader is not null))),
            ("_rels/.rels", Xml(PackageRelationships())),
            ("docProps/app.xml", Xml(AppProperties())),
            ("docProps/core.xml", Xml(CoreProperties(content))),
            ("word/document.xml", Part(Document(content))),
            ("word/_rels/document.xml.rels", Xml(DocumentRelationships(content.PageHeader is not null))),
            ("word/styles.xml", Part(StylesPart.Build("Arial", 18))),
            ("word/numbering.xml", Part(NumberingPart.Build())),
            ("word/settings.xml", Part(Settings())),
        };
        if (content.PageHeader is not null)
            parts.Add(("word/header1.xml", Part(new Header(Blocks.Text(content.PageHeader)))));

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = ZipTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    private static Document Document(DocxContent content)
    {
        var body = new Body();
        foreach (var block in content.Body) body.Append(block.CloneNode(true));
        body.Append(content.Page.Section(content.PageHeader is null ? null : HeaderRelId));
        var document = new Document(body);
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return document;
    }

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    private static XDocument ContentTypes(bool hasHeader)
    {
        const string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        var types = new XElement(Ct + "Types",
            new XElement(Ct + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(Ct + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
            Override("/word/document.xml", wml + "document.main+xml"),
            Override("/word/styles.xml", wml + "styles+xml"),
            Override("/word/numbering.xml", wml + "numbering+xml"),
            Override("/word/settings.xml", wml + "settings+xml"),
            Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            Override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        if (hasHeader) types.Add(Override("/word/header1.xml", wml + "header+xml"));
        return new XDocument(types);

        XElement Override(string part, string type) =>
            new(Ct + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));
    }

    private static XDocument PackageRelationships() => new(new XElement(Rel + "Relationships",
        Relationship("rId1", OfficeRel + "officeDocument", "word/document.xml"),
        Relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        Relationship("rId3", OfficeRel + "extended-properties", "docProps/app.xml")));

    private static XDocument DocumentRelationships(bool hasHeader)
    {
        var root = new XElement(Rel + "Relationships",
            Relationship(StylesRelId, OfficeRel + "styles", "styles.xml"),
            Relationship("rIdNumbering", OfficeRel + "numbering", "numbering.xml"),
            Relationship("rIdSettings", OfficeRel + "settings", "settings.xml"));
        if (hasHeader) root.Add(Relationship(HeaderRelId, OfficeRel + "header", "header1.xml"));
        return new XDocument(root);
    }

    private static XElement Relationship(string id, string type, string target) =>
        new(Rel + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target));

    private static XDocument CoreProperties(DocxContent content)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var when = content.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return new XDocument(new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", content.Title),
            new XElement(dc + "creator", content.Author),
            new XElement(cp + "lastModifiedBy", content.Author),
            new XElement(cp + "revision", "1"),
            new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), when),
            new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), when)));
    }

    private static XDocument AppProperties()
    {
        XNamespace ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        return new XDocument(new XElement(ep + "Properties",
            new XElement(ep + "Application", "Microsoft Office Word"),
            new XElement(ep + "DocSecurity", "0")));
    }

    private static byte[] Part(OpenXmlPartRootElement root) =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + root.OuterXml);

    private static byte[] Xml(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        return stream.ToArray();
    }
}
