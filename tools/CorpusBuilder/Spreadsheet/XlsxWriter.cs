using System.Globalization;
using System.Xml.Linq;
using CorpusBuilder.Packaging;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CorpusBuilder.Spreadsheet;

/// <summary>
/// Writes an .xlsx byte for byte the same on every run, package written here as for Word: shared strings (rich
/// runs where a footnote number is superscript), merged cells for spans, fills (RGB or theme colour with tint),
/// bold, figures stored as numbers with formats that print them back as the document printed them, formulas
/// with cached values, hidden sheets.
/// </summary>
internal static class XlsxWriter
{
    private const string SheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    public static byte[] Write(XlsxWorkbook workbook)
    {
        var strings = new SharedStrings();
        var styles = new XlsxStyles();
        var sheets = workbook.Sheets.Select(s => Part(Sheet(s, strings, styles))).ToList();

        var parts = new List<(string Name, byte[] Bytes)>
        {
            ("[Content_Types].xml", PackageParts.Xml(ContentTypes(workbook.Sheets.Count))),
            ("_rels/.rels", PackageParts.Xml(PackageParts.PackageRelationships("xl/workbook.xml"))),
            ("docProps/app.xml", PackageParts.Xml(PackageParts.AppProperties("Microsoft Excel"))),
            ("docProps/core.xml", PackageParts.Xml(PackageParts.CoreProperties(workbook.Title, workbook.Description, workbook.Author, workbook.Created))),
            ("xl/workbook.xml", Part(Workbook(workbook))),
            ("xl/_rels/workbook.xml.rels", PackageParts.Xml(WorkbookRelationships(workbook.Sheets.Count))),
            ("xl/styles.xml", Part(styles.Build())),
            ("xl/sharedStrings.xml", Part(strings.Build())),
            ("xl/theme/theme1.xml", System.Text.Encoding.UTF8.GetBytes(OfficeTheme.Xml)),
        };
        parts.AddRange(sheets.Select((bytes, i) => ($"xl/worksheets/sheet{i + 1}.xml", bytes)));
        return ZipPackage.Write(parts);
    }

    /// <summary>
    /// The SDK writes SpreadsheetML with an "x:" prefix on every element; Excel writes it as the default
    /// namespace, and so does this. Element text never holds a raw "&lt;", so the rewrite touches tags only.
    /// </summary>
    private static byte[] Part(OpenXmlPartRootElement root)
    {
        var xml = System.Text.Encoding.UTF8.GetString(PackageParts.Part(root))
            .Replace("<x:", "<", StringComparison.Ordinal)
            .Replace("</x:", "</", StringComparison.Ordinal)
            .Replace("xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(xml);
    }

    private static Workbook Workbook(XlsxWorkbook workbook)
    {
        var sheets = new Sheets();
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var sheet = new Sheet { Name = workbook.Sheets[i].Name, SheetId = (uint)(i + 1), Id = $"rIdSheet{i + 1}" };
            if (workbook.Sheets[i].Hidden) sheet.State = SheetStateValues.Hidden;
            sheets.Append(sheet);
        }
        var first = workbook.Sheets.Select((s, i) => (s, i)).First(x => !x.s.Hidden).i;
        var root = new Workbook(new BookViews(new WorkbookView { ActiveTab = (uint)first, FirstSheet = (uint)first }), sheets);
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return root;
    }

    private static Worksheet Sheet(XlsxSheet sheet, SharedStrings strings, XlsxStyles styles)
    {
        var table = sheet.Table.Checked();
        var data = new SheetData();
        for (var t = 0; t < sheet.TitleRows.Count; t++)
        {
            var look = new CellLook(t == 0, null, StoredValue.General, false, false);
            data.Append(new Row(TextCell(Reference(0, t + 1), sheet.TitleRows[t], [], look, strings, styles)) { RowIndex = (uint)(t + 1) });
        }
        var offset = sheet.TableOffset;
        var merges = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowIndex = offset + r + 1;
            var row = new Row { RowIndex = (uint)rowIndex };
            var header = table.Rows[r].IsHeader;
            foreach (var (cell, column) in table.Positioned(r))
            {
                var rowSpan = cell.Merge == RowMerge.Restart ? table.RowSpan(r, column) : 1;
                if (cell.ColSpan > 1 || rowSpan > 1)
                    merges.Add($"{Reference(column, rowIndex)}:{Reference(column + cell.ColSpan - 1, rowIndex + rowSpan - 1)}");
                sheet.Formulas.TryGetValue((r, column), out var formula);
                row.Append(Cell(cell, Reference(column, rowIndex), header, formula, strings, styles));
                // The other cells a merge covers are written blank with the same look, as Excel does.
                var blankLook = Look(cell, header, StoredValue.General);
                for (var c = 1; c < cell.ColSpan; c++)
                    row.Append(new Cell { CellReference = Reference(column + c, rowIndex), StyleIndex = styles.Index(blankLook) });
            }
            data.Append(row);
        }
        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = false }));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 12.75 });
        worksheet.Append(new Columns(table.Widths.Select((w, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), CustomWidth = true,
            Width = Math.Round(w / 115.0 + 0.7, 1),
        })));
        worksheet.Append(data);
        if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        return worksheet;
    }

    private static Cell Cell(GridCell cell, string reference, bool header, string? formula, SharedStrings strings, XlsxStyles styles)
    {
        var text = string.Concat(cell.Content.Select(PlainText));
        var stored = cell.Content.Any(p => p is FootnotePiece) ? new StoredValue(null, StoredValue.General, text) : StoredValue.Of(text);
        var look = Look(cell, header, stored.NumberFormat);
        if (stored.Number is null)
        {
            if (formula is not null) throw new InvalidOperationException($"{reference}: a formula needs a figure to cache");
            return TextCell(reference, text, cell.Content, look, strings, styles);
        }
        var result = new Cell { CellReference = reference, StyleIndex = styles.Index(look) };
        if (formula is not null) result.Append(new CellFormula(formula));
        result.Append(new CellValue(stored.Invariant));
        return result;
    }

    private static CellLook Look(GridCell cell, bool header, string numberFormat) =>
        new(header || cell.Content.OfType<TextPiece>().Any(p => p.Text.Trim().Length > 0) && cell.Content.OfType<TextPiece>().Where(p => p.Text.Trim().Length > 0).All(p => p.Bold),
            cell.Fill, numberFormat, true, cell.Vertical);

    private static Cell TextCell(string reference, string text, IReadOnlyList<IInline> pieces, CellLook look, SharedStrings strings, XlsxStyles styles)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = styles.Index(look) };
        if (text.Length == 0) return cell;
        cell.DataType = CellValues.SharedString;
        cell.Append(new CellValue(strings.Index(pieces.Count == 0 ? [new TextPiece(text)] : pieces).ToString(CultureInfo.InvariantCulture)));
        return cell;
    }

    /// <summary>What a piece prints: its text; a footnote reference its number; a symbol-font glyph its Unicode twin.</summary>
    public static string PlainText(IInline piece) => piece switch
    {
        TextPiece t => t.Text,
        FootnotePiece f => f.Id.ToString(CultureInfo.InvariantCulture),
        SymbolPiece s => SymbolText(s),
        _ => "",
    };

    private static string SymbolText(SymbolPiece s) => (s.Font, s.CharCode) switch
    {
        ("Wingdings 3", "F070") => "▲",
        ("Wingdings 3", "F071") => "▼",
        _ => throw new InvalidOperationException($"no text for {s.Font} {s.CharCode}"),
    };

    public static string Reference(int column, int row)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static XDocument ContentTypes(int sheets)
    {
        var types = new XElement(PackageParts.ContentTypesNs + "Types",
            PackageParts.Default("rels", "application/vnd.openxmlformats-package.relationships+xml"),
            PackageParts.Default("xml", "application/xml"),
            PackageParts.Override("/xl/workbook.xml", SheetMain + "sheet.main+xml"),
            PackageParts.Override("/xl/styles.xml", SheetMain + "styles+xml"),
            PackageParts.Override("/xl/sharedStrings.xml", SheetMain + "sharedStrings+xml"),
            PackageParts.Override("/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            PackageParts.Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            PackageParts.Override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        for (var i = 1; i <= sheets; i++) types.Add(PackageParts.Override($"/xl/worksheets/sheet{i}.xml", SheetMain + "worksheet+xml"));
        return new XDocument(types);
    }

    private static XDocument WorkbookRelationships(int sheets)
    {
        var root = new XElement(PackageParts.RelationshipsNs + "Relationships");
        for (var i = 1; i <= sheets; i++)
            root.Add(PackageParts.Relationship($"rIdSheet{i}", PackageParts.OfficeRel + "worksheet", $"worksheets/sheet{i}.xml"));
        root.Add(PackageParts.Relationship("rIdStyles", PackageParts.OfficeRel + "styles", "styles.xml"));
        root.Add(PackageParts.Relationship("rIdStrings", PackageParts.OfficeRel + "sharedStrings", "sharedStrings.xml"));
        root.Add(PackageParts.Relationship("rIdTheme", PackageParts.OfficeRel + "theme", "theme/theme1.xml"));
        return new XDocument(root);
    }
}
