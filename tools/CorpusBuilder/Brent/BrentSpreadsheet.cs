using CorpusBuilder.Report;
using CorpusBuilder.Spreadsheet;

namespace CorpusBuilder.Brent;

/// <summary>
/// A Brent report as the workbook the performance team circulates: one sheet per table with title rows above it,
/// the reporting quarter's figures as formulas on a hidden "Data" sheet (cached values as printed), and a hidden
/// "Draft" sheet left over from preparing the report (the first table with the quarter's figures still TBC),
/// which a reader must skip. Same cells as the Word report, so it shares its gold file.
/// </summary>
internal static class BrentSpreadsheet
{
    public static XlsxWorkbook Build(BrentReport report, ReportDocument document)
    {
        var tables = document.Tables.ToList();
        var titles = new[] { BrentCorpus.PageHeader, $"Borough Plan 2023-27: Quarterly Performance Report - {report.Latest.Label}", document.Description! };
        var dataRows = new List<GridRow> { new([GridCell.Text("Ref", bold: true), GridCell.Text("Quarter", bold: true), GridCell.Text("Actual", bold: true)], IsHeader: true) };
        var sheets = new List<XlsxSheet>();
        string[] names = ["Prosperity & Environment", "Communities & Health"];
        for (var t = 0; t < tables.Count; t++)
        {
            var formulas = new Dictionary<(int, int), string>();
            for (var r = 0; r < tables[t].Rows.Count; r++)
            {
                var cells = tables[t].Rows[r].Cells;
                if (cells.Count != BrentDocument.Widths.Length || tables[t].Rows[r].IsHeader) continue;
                var actual = cells[7].PlainText;
                if (StoredValue.Of(actual).Number is null) continue;
                dataRows.Add(new GridRow([GridCell.Text(cells[0].PlainText), GridCell.Text(report.Latest.Label), GridCell.Text(actual)]));
                formulas[(r, 7)] = $"Data!C{dataRows.Count}";
            }
            sheets.Add(new XlsxSheet(names[t], titles, tables[t]) { Formulas = formulas });
        }
        sheets.Add(new XlsxSheet("Data", [], new GridTable([700, 1400, 1100], dataRows).Checked(), Hidden: true));
        sheets.Add(new XlsxSheet("Draft", ["DRAFT - figures to be confirmed"], Draft(tables[0]), Hidden: true));
        return new XlsxWorkbook(document.Title, BrentCorpus.Author, document.Created, sheets, document.Description);
    }

    /// <summary>The first table as it stood before the quarter's figures were in: actual TBC, no RAG.</summary>
    private static GridTable Draft(GridTable table) => table with
    {
        Rows = table.Rows.Select(row => row.Cells.Count != BrentDocument.Widths.Length || row.IsHeader ? row : row with
        {
            Cells = row.Cells.Select((c, i) => i switch
            {
                7 => GridCell.Text("TBC"),
                9 => GridCell.Empty(),
                _ => c,
            }).ToList(),
        }).ToList(),
    };
}
