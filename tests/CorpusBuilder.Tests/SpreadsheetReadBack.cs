using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CorpusBuilder.Tests;

/// <summary>
/// Reads a written workbook back as a person sees it: visible sheets in order, each cell's text with its number
/// format applied (only the formats the generator uses), merged ranges, fills. Independent of the writer's code.
/// </summary>
internal sealed class SpreadsheetReadBack : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly string[] _strings;
    private readonly CellFormat[] _formats;
    private readonly Dictionary<uint, string> _customFormats;

    public SpreadsheetReadBack(byte[] xlsx)
    {
        _document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = _document.WorkbookPart!;
        _strings = workbook.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray();
        var styles = workbook.WorkbookStylesPart!.Stylesheet!;
        _formats = styles.CellFormats!.Elements<CellFormat>().ToArray();
        _customFormats = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        Sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
    }

    public IReadOnlyList<Sheet> Sheets { get; }

    public IReadOnlyList<Sheet> VisibleSheets => Sheets.Where(s => s.State is null || s.State.Value == SheetStateValues.Visible).ToList();

    public Worksheet Worksheet(Sheet sheet) => ((WorksheetPart)_document.WorkbookPart!.GetPartById(sheet.Id!.Value!)).Worksheet;

    /// <summary>The texts of one sheet row (1-based), by column letter order.</summary>
    public IReadOnlyList<string> Row(Sheet sheet, int row) =>
        Worksheet(sheet).Descendants<Row>().SingleOrDefault(r => r.RowIndex!.Value == row)?.Elements<Cell>().Select(Text).ToList() ?? [];

    public string Text(Cell cell)
    {
        if (cell.CellValue is null) return "";
        var raw = cell.CellValue.Text;
        if (cell.DataType?.Value == CellValues.SharedString) return _strings[int.Parse(raw, CultureInfo.InvariantCulture)];
        var value = decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return Format(value, NumberFormat(cell));
    }

    public string NumberFormat(Cell cell)
    {
        var id = _formats[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId!.Value;
        return id switch
        {
            0 => "General", 2 => "0.00", 3 => "#,##0", 9 => "0%", 10 => "0.00%",
            _ => _customFormats[id],
        };
    }

    public CellFormat Style(Cell cell) => _formats[(int)(cell.StyleIndex?.Value ?? 0)];

    public Fill Fill(Cell cell) => _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.Fills!.Elements<Fill>().ElementAt((int)Style(cell).FillId!.Value);

    private static string Format(decimal value, string format)
    {
        if (format == "General") return value.ToString("0.############", CultureInfo.InvariantCulture);
        if (format == "#,##0") return value.ToString("#,##0", CultureInfo.InvariantCulture);
        if (format.EndsWith('%')) return (value * 100).ToString(format[..^1], CultureInfo.InvariantCulture) + "%";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    public void Dispose() => _document.Dispose();
}
