using CorpusBuilder.Report;

namespace CorpusBuilder.Spreadsheet;

/// <summary>A workbook to write: its sheets in tab order and its document properties.</summary>
internal sealed record XlsxWorkbook(string Title, string Author, DateTimeOffset Created, IReadOnlyList<XlsxSheet> Sheets, string? Description = null);

/// <summary>
/// One worksheet: a few title rows (bold first line) above one table, as councils lay out a scorecard in Excel.
/// Fills are RRGGBB or a theme colour written "theme:N" or "theme:N:tint" (N the theme's colour index, 4 = accent1).
/// </summary>
/// <param name="Hidden">A hidden sheet (state="hidden"): working data nobody is meant to read.</param>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> TitleRows, GridTable Table, bool Hidden = false)
{
    /// <summary>Cells (0-based row and column of the table) written as formulas; the cell's text is the cached value.</summary>
    public IReadOnlyDictionary<(int Row, int Column), string> Formulas { get; init; } = new Dictionary<(int, int), string>();

    /// <summary>Sheet rows above the table: the title rows and one blank row.</summary>
    public int TableOffset => TitleRows.Count == 0 ? 0 : TitleRows.Count + 1;
}
