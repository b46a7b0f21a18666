using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;

namespace CorpusBuilder.Packaging;

/// <summary>The package-level parts every Office file has, written byte-stably (no clock, fixed ids).</summary>
internal static class PackageParts
{
    public static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    public static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static XDocument CoreProperties(string title, string? description, string author, DateTimeOffset created)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var when = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new XDocument(new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", title),
            description is null ? null : new XElement(dc + "description", description),
            new XElement(dc + "creator", author),
            new XElement(cp + "lastModifiedBy", author),
            new XElement(cp + "revision", "1"),
            new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), when),
            new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), when)));
    }

    public static XDocument AppProperties(string application)
    {
        XNamespace ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        return new XDocument(new XElement(ep + "Properties",
            new XElement(ep + "Application", application),
            new XElement(ep + "DocSecurity", "0")));
    }

    /// <summary>_rels/.rels: the main part, then the core and extended properties.</summary>
    public static XDocument PackageRelationships(string mainPart) => new(new XElement(RelationshipsNs + "Relationships",
        Relationship("rId1", OfficeRel + "officeDocument", mainPart),
        Relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        Relationship("rId3", OfficeRel + "extended-properties", "docProps/app.xml")));

    public static XElement Relationship(string id, string type, string target) =>
        new(RelationshipsNs + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target));

    public static XElement Override(string part, string type) =>
        new(ContentTypesNs + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));

    public static XElement Default(string extension, string type) =>
        new(ContentTypesNs + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", type));

    public static byte[] Part(OpenXmlPartRootElement root) =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + root.OuterXml);

    public static byte[] Xml(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        return stream.ToArray();
    }
}
