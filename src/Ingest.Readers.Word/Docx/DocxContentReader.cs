using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Readers.Docx;

/// <summary>Reads one opened document into the shared table model, in a single pass over the body.</summary>
internal sealed class DocxContentReader
{
    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly SymbolTranslator _symbols;
    private readonly ParagraphReader _paragraphs;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Table> _tables = [];
    private readonly List<string> _warnings = [];
    private int _tableCount;
    private int _nesting;
    private int _tooDeep;

    /// <summary>
    /// Tables inside tables inside tables: real reports go two or three deep. The reader recurses per
    /// level, so a hostile document thousands deep would take minutes or overflow the stack.
    /// </summary>
    public const int MaxNesting = 32;

    public DocxContentReader(WordprocessingDocument document, MainDocumentPart main, SymbolFontMap symbolFonts,
        CancellationToken cancellationToken)
    {
        _document = document;
        _main = main;
        _cancellationToken = cancellationToken;
        _symbols = new SymbolTranslator(symbolFonts);
        _paragraphs = new ParagraphReader(new StyleSheet(PartXml.Load(main.StyleDefinitionsPart)), _symbols, new DrawnMarks(symbolFonts.Drawings));
    }

    public DocumentContent Read(DocumentSource source)
    {
        var root = PartXml.Load(_main);
        if (root?.Name != Wml.Document)
            throw new DocumentException("not a supported Word document: word/document.xml is not transitional WordprocessingML");
        var body = root.Element(Wml.Body) ?? throw new DocumentException("not a Word document: word/document.xml has no body");

        var paragraphs = new List<string>();
        var title = Title();
        paragraphs.AddRange(HeaderAndFooterParagraphs(body));

        var context = new ContextWindow();
        WalkBlocks(body,
            paragraph =>
            {
                var text = _paragraphs.Text(paragraph).Trim();
                if (text.Length == 0) return;
                paragraphs.Add(text);
                context.Add(text);
            },
            table => ReadTable(table, context.Take()));

        if (_tooDeep > 0)
            _warnings.Add($"{_tooDeep} table(s) nested more than {MaxNesting} deep were skipped");
        _warnings.AddRange(_symbols.Warnings());
        return new DocumentContent(source, paragraphs, _tables.OrderBy(t => t.Index).ToArray(), _warnings) { Title = title };
    }

    /// <summary>
    /// Visits block-level content in reading order, looking through content controls and custom XML
    /// that wrap paragraphs and tables.
    /// </summary>
    private void WalkBlocks(XElement container, Action<XElement> onParagraph, Action<XElement> onTable)
    {
        foreach (var child in container.Elements())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var name = child.Name;
            if (name == Wml.P) onParagraph(child);
            else if (name == Wml.Tbl) onTable(child);
            else if (name == Wml.Sdt || name == Wml.SdtContent || name == Wml.CustomXml) WalkBlocks(child, onParagraph, onTable);
        }
    }

    private void ReadTable(XElement table, IReadOnlyList<string> context)
    {
        // The index is taken before the cells are read so that nested tables number after their parent.
        var index = ++_tableCount;
        var grid = new TableGridBuilder();
        foreach (var row in Wrapped(table, Wml.Tr))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var properties = row.Element(Wml.TrPr);
            if (properties?.Element(Wml.Del) is not null) continue;
            grid.StartRow(
                properties.ChildInt(Wml.GridBefore, 0),
                OnOff.Read(properties?.Element(Wml.TblHeader)) ?? false);
            foreach (var cell in Wrapped(row, Wml.Tc))
            {
                var cellProperties = cell.Element(Wml.TcPr);
                var span = cellProperties.ChildInt(Wml.GridSpan, 1);
                var verticalMerge = cellProperties?.Element(Wml.VMerge);
                var restarts = verticalMerge?.Attribute(Wml.Val)?.Value == "restart";
                if (verticalMerge is not null && !restarts && grid.TryContinueMerge(span)) continue;
                var fill = cellProperties?.Element(Wml.Shd)?.Attribute(Wml.Fill)?.Value;
                grid.AddCell(ReadCell(cell), span, HexColour.Normalise(fill), startsMerge: verticalMerge is not null);
            }
            grid.EndRow(properties.ChildInt(Wml.GridAfter, 0));
        }

        if (grid.DroppedCells > 0)
            _warnings.Add($"table {index}: {grid.DroppedCells} cells beyond {TableGridBuilder.MaxColumns} grid columns were dropped");
        var declaredColumns = Math.Min(TableGridBuilder.MaxColumns,
            table.Element(Wml.TblGrid)?.Elements(Wml.GridCol).Count() ?? 0);
        var (rows, width) = grid.Build(declaredColumns);
        _tables.Add(new Table(index, rows, width, context));
    }

    /// <summary>
    /// A cell keeps only its own paragraphs, joined by "\n". A table nested in it becomes a table of its
    /// own (numbered after its parent, with the cell's paragraphs before it as context) and its text is
    /// not repeated in the parent cell, so no value is read twice.
    /// </summary>
    private IReadOnlyList<TextRun> ReadCell(XElement cell)
    {
        var runs = new RunCollector();
        var context = new ContextWindow();
        var first = true;
        WalkBlocks(cell,
            paragraph =>
            {
                if (!first) runs.AddLineBreak();
                first = false;
                var paragraphRuns = new RunCollector();
                _paragraphs.Read(paragraph, paragraphRuns);
                var read = paragraphRuns.ToRuns();
                foreach (var run in read) runs.Add(run.Text, run.Bold, run.Colour, run.Superscript);
                context.Add(string.Concat(read.Select(r => r.Text)));
            },
            nested =>
            {
                if (_nesting >= MaxNesting)
                {
                    _tooDeep++;
                    return;
                }
                _nesting++;
                try
                {
                    ReadTable(nested, context.Take());
                }
                finally
                {
                    _nesting--;
                }
            });
        return runs.ToRuns();
    }

    /// <summary>Rows of a table or cells of a row, looking through the content controls and custom XML around them.</summary>
    private static IEnumerable<XElement> Wrapped(XElement container, XName wanted)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == wanted) yield return child;
            else if (child.Name == Wml.Sdt || child.Name == Wml.SdtContent || child.Name == Wml.CustomXml)
                foreach (var inner in Wrapped(child, wanted)) yield return inner;
        }
    }

    private string? Title()
    {
        try
        {
            var title = _document.PackageProperties.Title;
            return string.IsNullOrWhiteSpace(title) ? null : TextNormaliser.Collapse(title);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FormatException)
        {
            // The title is a nicety; a damaged docProps/core.xml must not cost the tables.
            _warnings.Add("the document's title could not be read (docProps/core.xml is damaged)");
            return null;
        }
    }

    /// <summary>
    /// Page headers first, then footers, each part once, in the order the sections reference them.
    /// Tables in headers are flattened to their paragraphs: they are letterhead layout, not data.
    /// </summary>
    private List<string> HeaderAndFooterParagraphs(XElement body)
    {
        var sections = body.Descendants(Wml.SectPr).ToArray();
        var references = sections.SelectMany(s => s.Elements(Wml.HeaderReference))
            .Concat(sections.SelectMany(s => s.Elements(Wml.FooterReference)))
            .Select(r => r.Attribute(Wml.RelationshipId)?.Value);
        var parts = references
            .Select(id => id is not null && _main.TryGetPartById(id, out var part) ? part : null)
            .OfType<OpenXmlPart>()
            .Distinct();

        var texts = new List<string>();
        foreach (var part in parts)
        {
            var root = PartXml.Load(part);
            if (root is not null) FlattenParagraphs(root, texts);
        }
        return texts;
    }

    private void FlattenParagraphs(XElement container, List<string> into)
    {
        WalkBlocks(container,
            paragraph =>
            {
                var text = _paragraphs.Text(paragraph).Trim();
                if (text.Length > 0) into.Add(text);
            },
            table =>
            {
                foreach (var row in Wrapped(table, Wml.Tr))
                foreach (var cell in Wrapped(row, Wml.Tc))
                    FlattenParagraphs(cell, into);
            });
    }
}
