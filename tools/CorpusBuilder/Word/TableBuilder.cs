using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>Builds a bordered Word table with a fixed grid, row by row.</summary>
internal sealed class TableBuilder
{
    private readonly IReadOnlyList<int> _widths;
    private readonly List<TableRow> _rows = [];

    /// <param name="columnWidths">Grid column widths in twentieths of a point (dxa).</param>
    public TableBuilder(IReadOnlyList<int> columnWidths)
    {
        _widths = columnWidths;
    }

    public int RowCount => _rows.Count;

    /// <param name="repeatAsHeader">Word's "repeat as header row at the top of each page" (w:tblHeader).</param>
    public void AddRow(IReadOnlyList<CellSpec> cells, bool repeatAsHeader = false)
    {
        var span = cells.Sum(c => c.Span);
        if (span != _widths.Count)
            throw new InvalidOperationException($"row spans {span} grid columns, the table has {_widths.Count}");
        var row = new TableRow();
        if (repeatAsHeader) row.Append(new TableRowProperties(new TableHeader()));
        var column = 0;
        foreach (var cell in cells)
        {
            var width = _widths.Skip(column).Take(cell.Span).Sum();
            row.Append(Cell(cell, width));
            column += cell.Span;
        }
        _rows.Add(row);
    }

    public Table Build()
    {
        var table = new Table();
        table.Append(new TableProperties(
            new TableStyle { Val = StylesPart.TableGrid },
            new TableWidth { Width = _widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }));
        var grid = new TableGrid();
        foreach (var w in _widths) grid.Append(new GridColumn { Width = Dxa(w) });
        table.Append(grid);
        foreach (var row in _rows) table.Append(row);
        return table;
    }

    private static TableCell Cell(CellSpec spec, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Dxa(width), Type = TableWidthUnitValues.Dxa });
        if (spec.Span > 1) properties.Append(new GridSpan { Val = spec.Span });
        if (spec.Fill is not null)
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = spec.Fill });
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));
        foreach (var inline in spec.Content) paragraph.Append(inline.ToRun());
        return new TableCell(properties, paragraph);
    }

    private static string Dxa(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
