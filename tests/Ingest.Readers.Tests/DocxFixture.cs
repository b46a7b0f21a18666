using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Tables;
using Ingest.Readers.Docx;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Ingest.Readers.Tests;

/// <summary>
/// Builds small .docx files in memory with the Open XML SDK, so each test states exactly the Word
/// markup it is about. Element helpers are static and chainable; the document is assembled by Build.
/// </summary>
internal sealed class DocxFixture
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<Style> _styles = [];
    private readonly List<OpenXmlElement[]> _headers = [];
    private readonly List<OpenXmlElement[]> _footers = [];
    private string? _title;

    public DocxFixture Add(params OpenXmlElement[] blocks)
    {
        _body.AddRange(blocks);
        return this;
    }

    public DocxFixture Text(params string[] paragraphs)
    {
        foreach (var text in paragraphs) _body.Add(P(text));
        return this;
    }

    public DocxFixture Styles(params Style[] styles)
    {
        _styles.AddRange(styles);
        return this;
    }

    public DocxFixture Header(params OpenXmlElement[] blocks)
    {
        _headers.Add(blocks);
        return this;
    }

    public DocxFixture Footer(params OpenXmlElement[] blocks)
    {
        _footers.Add(blocks);
        return this;
    }

    public DocxFixture Title(string title)
    {
        _title = title;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            main.Document = new Document(body);
            if (_styles.Count > 0)
            {
                var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
                stylesPart.Styles = new Styles(_styles.Select(s => s.CloneNode(true)));
            }

            var section = new SectionProperties();
            foreach (var header in _headers)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new DocumentFormat.OpenXml.Wordprocessing.Header(header.Select(e => e.CloneNode(true)));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            foreach (var footer in _footers)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new DocumentFormat.OpenXml.Wordprocessing.Footer(footer.Select(e => e.CloneNode(true)));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            body.Append(section);
            if (_title is not null) document.PackageProperties.Title = _title;
        }
        return stream.ToArray();
    }

    public DocumentContent Read() => ReadBytes(Build());

    public static DocumentContent ReadBytes(byte[] bytes, string fileName = "harrow-scorecard-q1-2023-24.docx") =>
        new DocxReader(TestRules.SymbolFonts).Read(
            new DocumentSource(fileName, fileName, "0", bytes.Length, "docx"),
            new MemoryStream(bytes));

    // ---- element helpers -------------------------------------------------------------------

    public static Paragraph P(string text) => new(R(text));

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Paragraph StyledP(string styleId, params OpenXmlElement[] content) =>
        new(new[] { new ParagraphProperties(new ParagraphStyleId { Val = styleId }) }.Concat(content));

    /// <summary>A run; "\n" in the text becomes w:br and "\t" becomes w:tab, as Word writes them.</summary>
    public static Run R(string text, bool? bold = null, string? colour = null, string? font = null,
        string? characterStyle = null, bool hidden = false)
    {
        var properties = new RunProperties();
        if (characterStyle is not null) properties.Append(new RunStyle { Val = characterStyle });
        if (font is not null) properties.Append(new RunFonts { Ascii = font, HighAnsi = font });
        if (bold is not null) properties.Append(bold.Value ? new Bold() : new Bold { Val = OnOffValue.FromBoolean(false) });
        if (hidden) properties.Append(new Vanish());
        if (colour is not null) properties.Append(new Color { Val = colour });

        var run = new Run();
        if (properties.HasChildren) run.Append(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            var pieces = lines[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (pieces[j].Length > 0) run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return run;
    }

    /// <summary>A w:sym run: a glyph given by font and hex code.</summary>
    public static Run Sym(string font, string code, string? colour = null)
    {
        var run = new Run();
        if (colour is not null) run.Append(new RunProperties(new Color { Val = colour }));
        run.Append(new SymbolChar { Font = font, Char = code });
        return run;
    }

    public static TableCell Tc(string text) => new(P(text));

    public static TableCell Tc(params OpenXmlElement[] blocks) => new(blocks);

    public static WordTableRow Tr(params TableCell[] cells) => new(cells);

    public static WordTableRow Tr(params string[] cells) => new(cells.Select(Tc));

    /// <summary>A table whose w:tblGrid has as many columns as the widest row's cells (no spans assumed).</summary>
    public static WordTable Tbl(params WordTableRow[] rows) =>
        Tbl(rows.Max(r => r.Elements<TableCell>().Count()), rows);

    /// <summary>Rows may be w:tr or the wrappers Word puts around them (w:sdt, w:customXml).</summary>
    public static WordTable Tbl(int gridColumns, params OpenXmlElement[] rows)
    {
        var grid = new TableGrid(Enumerable.Range(0, gridColumns).Select(_ => new GridColumn { Width = "1000" }));
        return new WordTable(new OpenXmlElement[] { new TableProperties(), grid }.Concat(rows));
    }

    public static Style ParagraphStyle(string id, string? basedOn = null, bool? bold = null, string? colour = null, bool isDefault = false) =>
        MakeStyle(id, StyleValues.Paragraph, basedOn, bold, colour, isDefault);

    public static Style CharacterStyle(string id, string? basedOn = null, bool? bold = null, string? colour = null) =>
        MakeStyle(id, StyleValues.Character, basedOn, bold, colour, isDefault: false);

    private static Style MakeStyle(string id, StyleValues type, string? basedOn, bool? bold, string? colour, bool isDefault)
    {
        var style = new Style { StyleId = id, Type = type };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        style.Append(new StyleName { Val = id });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        var properties = new StyleRunProperties();
        if (bold is not null) properties.Append(bold.Value ? new Bold() : new Bold { Val = OnOffValue.FromBoolean(false) });
        if (colour is not null) properties.Append(new Color { Val = colour });
        if (properties.HasChildren) style.Append(properties);
        return style;
    }
}

/// <summary>Chainable cell and row properties, so a test reads like the markup it makes.</summary>
internal static class DocxMarkup
{
    public static TableCell Span(this TableCell cell, int columns)
    {
        Properties(cell).Append(new GridSpan { Val = columns });
        return cell;
    }

    public static TableCell MergeRestart(this TableCell cell)
    {
        Properties(cell).Append(new VerticalMerge { Val = MergedCellValues.Restart });
        return cell;
    }

    /// <summary>w:vMerge without w:val, which Word reads as "continue".</summary>
    public static TableCell MergeContinue(this TableCell cell)
    {
        Properties(cell).Append(new VerticalMerge());
        return cell;
    }

    public static TableCell Fill(this TableCell cell, string fill)
    {
        Properties(cell).Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        return cell;
    }

    public static WordTableRow Header(this WordTableRow row)
    {
        RowProperties(row).Append(new TableHeader());
        return row;
    }

    public static WordTableRow GridBefore(this WordTableRow row, int columns)
    {
        RowProperties(row).Append(new GridBefore { Val = columns });
        return row;
    }

    public static WordTableRow GridAfter(this WordTableRow row, int columns)
    {
        RowProperties(row).Append(new GridAfter { Val = columns });
        return row;
    }

    private static TableCellProperties Properties(TableCell cell)
    {
        var properties = cell.TableCellProperties;
        if (properties is null)
        {
            properties = new TableCellProperties();
            cell.PrependChild(properties);
        }
        return properties;
    }

    private static TableRowProperties RowProperties(WordTableRow row)
    {
        var properties = row.TableRowProperties;
        if (properties is null)
        {
            properties = new TableRowProperties();
            row.PrependChild(properties);
        }
        return properties;
    }
}
