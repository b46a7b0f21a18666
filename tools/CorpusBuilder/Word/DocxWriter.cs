using CorpusBuilder.Packaging;
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
    private const string FooterRelId = "rIdFooter1";
    private const string FootnotesRelId = "rIdFootnotes";

    private static readonly XNamespace Ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static byte[] Write(DocxContent content)
    {
        var footnotes = content.Footnotes.Count > 0;
        var parts = new List<(string Name, byte[] Bytes)>
        {
            ("[Content_Types].xml", Xml(ContentTypes(content))),
            ("_rels/.rels", Xml(PackageRelationships())),
            ("docProps/app.xml", Xml(AppProperties())),
            ("docProps/core.xml", Xml(CoreProperties(content))),
            ("word/document.xml", Part(Document(content))),
            ("word/_rels/document.xml.rels", Xml(DocumentRelationships(content))),
            ("word/styles.xml", Part(StylesPart.Build(content.Font, content.FontHalfPoints, footnotes))),
            ("word/numbering.xml", Part(NumberingPart.Build())),
            ("word/settings.xml", Part(Settings(footnotes))),
        };
        if (content.PageHeader is not null)
            parts.Add(("word/header1.xml", Part(new Header(Blocks.Text(content.PageHeader)))));
        if (content.PageFooter is not null)
            parts.Add(("word/footer1.xml", Part(new Footer(PageNumbers.Paragraph(content.PageFooter)))));
        if (footnotes)
            parts.Add(("word/footnotes.xml", Part(FootnotesPart.Build(content.Footnotes))));
        foreach (var image in content.Images)
            parts.Add(("word/" + image.PartName, image.Png));
        return ZipPackage.Write(parts);
    }

    private static Document Document(DocxContent content)
    {
        var body = new Body();
        foreach (var block in content.Body) body.Append(block.CloneNode(true));
        body.Append(content.Page.Section(content.PageHeader is null ? null : HeaderRelId, content.PageFooter is null ? null : FooterRelId));
        var document = new Document(body);
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return document;
    }

    private static Settings Settings(bool footnotes)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        // Word lists the separator notes here whenever a document has footnotes.
        if (footnotes)
            settings.Append(new FootnoteDocumentWideProperties(
                new FootnoteSpecialReference { Id = FootnotesPart.SeparatorId },
                new FootnoteSpecialReference { Id = FootnotesPart.ContinuationSeparatorId }));
        settings.Append(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
        return settings;
    }

    private static XDocument ContentTypes(DocxContent content)
    {
        const string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        var types = new XElement(Ct + "Types",
            new XElement(Ct + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(Ct + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
            content.Images.Count > 0 ? new XElement(Ct + "Default", new XAttribute("Extension", "png"), new XAttribute("ContentType", "image/png")) : null,
            Override("/word/document.xml", wml + "document.main+xml"),
            Override("/word/styles.xml", wml + "styles+xml"),
            Override("/word/numbering.xml", wml + "numbering+xml"),
            Override("/word/settings.xml", wml + "settings+xml"),
            Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            Override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        if (content.PageHeader is not null) types.Add(Override("/word/header1.xml", wml + "header+xml"));
        if (content.PageFooter is not null) types.Add(Override("/word/footer1.xml", wml + "footer+xml"));
        if (content.Footnotes.Count > 0) types.Add(Override("/word/footnotes.xml", wml + "footnotes+xml"));
        return new XDocument(types);

        XElement Override(string part, string type) =>
            new(Ct + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));
    }

    private static XDocument PackageRelationships() => PackageParts.PackageRelationships("word/document.xml");

    private static XDocument DocumentRelationships(DocxContent content)
    {
        var root = new XElement(Rel + "Relationships",
            Relationship(StylesRelId, OfficeRel + "styles", "styles.xml"),
            Relationship("rIdNumbering", OfficeRel + "numbering", "numbering.xml"),
            Relationship("rIdSettings", OfficeRel + "settings", "settings.xml"));
        if (content.PageHeader is not null) root.Add(Relationship(HeaderRelId, OfficeRel + "header", "header1.xml"));
        if (content.PageFooter is not null) root.Add(Relationship(FooterRelId, OfficeRel + "footer", "footer1.xml"));
        if (content.Footnotes.Count > 0) root.Add(Relationship(FootnotesRelId, OfficeRel + "footnotes", "footnotes.xml"));
        foreach (var image in content.Images) root.Add(Relationship(image.RelationshipId, OfficeRel + "image", image.PartName));
        return new XDocument(root);
    }

    private static XElement Relationship(string id, string type, string target) => PackageParts.Relationship(id, type, target);

    private static XDocument CoreProperties(DocxContent content) =>
        PackageParts.CoreProperties(content.Title, content.Description, content.Author, content.Created);

    private static XDocument AppProperties() => PackageParts.AppProperties("Microsoft Office Word");

    private static byte[] Part(OpenXmlPartRootElement root) => PackageParts.Part(root);

    private static byte[] Xml(XDocument document) => PackageParts.Xml(document);
}
