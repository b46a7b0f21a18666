using System.Globalization;
using CorpusBuilder.Report;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>Draws a <see cref="GridTable"/> as a bordered Word table: gridSpan, vMerge, shading, sideways text, header rows.</summary>
internal static class GridDocx
{
    public static Table Table(GridTable grid)
    {
        grid.Checked();
        var properties = new TableProperties(
            new TableStyle { Val = StylesPart.TableGrid },
            new TableWidth { Width = Dxa(grid.Widths.Sum()), Type = TableWidthUnitValues.Dxa });
        // Tables ruled otherwise than the Table Grid style override its borders (schema order: after tblW).
        if (grid.Rules != TableRules.All) properties.Append(Borders(grid.Rules));
        properties.Append(
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
        var table = new Table(properties);
        var columns = new TableGrid();
        foreach (var w in grid.Widths) columns.Append(new GridColumn { Width = Dxa(w) });
        table.Append(columns);
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var source = grid.Rows[r];
            var row = new TableRow();
            if (source.RepeatAsHeader) row.Append(new TableRowProperties(new TableHeader()));
            foreach (var (cell, column) in grid.Positioned(r))
                row.Append(Cell(cell, grid.Widths.Skip(column).Take(cell.ColSpan).Sum(), source.IsHeader));
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(GridCell cell, int width, bool header)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Dxa(width), Type = TableWidthUnitValues.Dxa });
        if (cell.ColSpan > 1) properties.Append(new GridSpan { Val = cell.ColSpan });
        if (cell.Merge != RowMerge.None)
            properties.Append(new VerticalMerge { Val = cell.Merge == RowMerge.Restart ? MergedCellValues.Restart : MergedCellValues.Continue });
        if (cell.Fill is not null)
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = cell.Fill });
        if (cell.Vertical) properties.Append(new TextDirection { Val = TextDirectionValues.BottomToTopLeftToRight });
        if (cell.Vertical || header) properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0" },
            new Justification { Val = cell.Vertical || header ? JustificationValues.Center : JustificationValues.Left }));
        foreach (var inline in cell.Content) paragraph.Append(inline.ToRun());
        return new TableCell(properties, paragraph);
    }

    /// <summary>Horizontal rules only (top, bottom, between rows) or no lines at all.</summary>
    private static TableBorders Borders(TableRules rules)
    {
        var horizontal = rules == TableRules.Horizontal;
        return new TableBorders(
            Line<TopBorder>(horizontal), Line<LeftBorder>(false), Line<BottomBorder>(horizontal), Line<RightBorder>(false),
            Line<InsideHorizontalBorder>(horizontal), Line<InsideVerticalBorder>(false));
    }

    private static T Line<T>(bool drawn) where T : BorderType, new() => drawn
        ? new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" }
        : new T { Val = BorderValues.Nil };

    private static string Dxa(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
