using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Readers.Xlsx.Package;
using Ingest.Readers.Xlsx.Sheets;
using Ingest.Readers.Xlsx.Strings;
using Ingest.Readers.Xlsx.Styles;

namespace Ingest.Readers.Xlsx;

/// <summary>Reads one opened workbook into the shared table model, sheet by sheet in workbook order.</summary>
internal sealed class WorkbookContentReader(SpreadsheetDocument document, WorkbookPart workbookPart, CancellationToken cancellationToken)
{
    private readonly List<string> _warnings = [];

    public DocumentContent Read(DocumentSource source)
    {
        var workbook = PartXml.Load(workbookPart);
        if (workbook is null || workbook.Name.LocalName != "workbook" || !Sml.IsMain(workbook.Name.NamespaceName))
            throw new DocumentException("not a supported Excel workbook: xl/workbook.xml is not SpreadsheetML");

        var date1904 = Sml.Bool(workbook.Child("workbookPr").Attr("date1904"), false);
        var styles = CellStyles.From(PartXml.Load(workbookPart.WorkbookStylesPart), PartXml.Load(workbookPart.ThemePart));
        var richStrings = new RichStringReader(styles);
        var strings = SharedStringTable.Load(workbookPart.SharedStringTablePart, richStrings, cancellationToken);
        var sheetReader = new SheetReader(styles, new CellValueText(styles, strings, date1904), richStrings);
        var printTitles = PrintTitles.From(workbook);

        var title = Title();
        var paragraphs = new List<string>();
        var parts = new List<DocumentPart>();
        var tables = new List<Table>();
        var hidden = new List<string>();
        var position = -1;
        foreach (var sheet in workbook.Child("sheets").Children("sheet"))
        {
            position++;
            cancellationToken.ThrowIfCancellationRequested();
            var name = sheet.Attr("name") ?? $"Sheet{position + 1}";
            if (sheet.Attr("state") is "hidden" or "veryHidden")
            {
                // Hidden sheets hold lookups and workings, not what the report shows.
                hidden.Add($"'{name}'");
                continue;
            }
            // Chart sheets and dialog sheets have no cells.
            if (sheet.RelationshipId() is not { } id || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
                continue;

            var content = sheetReader.Read(worksheet, cancellationToken);
            Warn(name, content);
            parts.Add(new DocumentPart(name, paragraphs.Count));
            var titles = new TitleWindow();
            var builder = new SheetTableBuilder(PrintTitles.For(printTitles, position));
            foreach (var block in builder.Build(content, cancellationToken))
            {
                foreach (var line in block.Titles)
                {
                    paragraphs.Add(line);
                    titles.Add(line);
                }
                if (block.Rows is null) continue;
                var table = new Table(tables.Count + 1, block.Rows, block.ColumnCount, titles.Take());
                tables.Add(table);
                if (block.DroppedCells > 0)
                    _warnings.Add($"table {table.Index} (sheet '{name}'): {block.DroppedCells} cells beyond {SheetTableBuilder.MaxColumns} columns were dropped");
            }
        }
        if (hidden.Count > 0)
            _warnings.Insert(0, $"hidden {(hidden.Count == 1 ? "sheet" : "sheets")} {string.Join(", ", hidden)} skipped");
        return new DocumentContent(source, paragraphs, tables, _warnings) { Title = title, Parts = parts };
    }

    private void Warn(string sheet, SheetContent content)
    {
        if (content.FormulasWithoutValue > 0)
            _warnings.Add($"sheet '{sheet}': {content.FormulasWithoutValue} formula cells have no saved value (the workbook was saved without calculating) and read as empty");
        if (content.CellsOutsideGrid > 0)
            _warnings.Add($"sheet '{sheet}': {content.CellsOutsideGrid} cells with an invalid or out-of-range reference were ignored");
    }

    private string? Title()
    {
        try
        {
            var title = document.PackageProperties.Title;
            return string.IsNullOrWhiteSpace(title) ? null : TextNormaliser.Collapse(title);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FormatException or InvalidOperationException)
        {
            // The title is a nicety; a damaged docProps/core.xml must not cost the tables.
            _warnings.Add("the workbook's title could not be read (docProps/core.xml is damaged)");
            return null;
        }
    }
}
