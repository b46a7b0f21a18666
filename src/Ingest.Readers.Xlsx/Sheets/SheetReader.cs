using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Ingest.Readers.Xlsx.Package;
using Ingest.Readers.Xlsx.Strings;
using Ingest.Readers.Xlsx.Styles;

namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>
/// Streams a worksheet part with an XmlReader: memory grows with the cells kept, not with the XML, and
/// the time is one pass, so a 50,000-row sheet is fine. Only cells with text or a fill are kept.
/// </summary>
internal sealed class SheetReader(CellStyles styles, CellValueText values, RichStringReader richStrings)
{
    public SheetContent Read(WorksheetPart part, CancellationToken cancellationToken)
    {
        var state = new ReadState();
        using var reader = PartXml.OpenReader(part);
        if (PartXml.MoveToRoot(reader))
        {
            PartXml.ForEachChild(reader, child =>
            {
                switch (child.LocalName)
                {
                    case "sheetData":
                        PartXml.ForEachChild(child, row =>
                        {
                            if (row.LocalName == "row") ReadRow(row, state, cancellationToken);
                            else row.Skip();
                        });
                        break;
                    case "mergeCells":
                        PartXml.ForEachChild(child, merge =>
                        {
                            if (merge.LocalName == "mergeCell" && CellRange.TryParse(merge.GetAttribute("ref")) is { IsSingleCell: false } range)
                                state.Merges.Add(range);
                            merge.Skip();
                        });
                        break;
                    case "cols":
                        PartXml.ForEachChild(child, column =>
                        {
                            if (column.LocalName == "col") ReadColumn(column, state);
                            column.Skip();
                        });
                        break;
                    default:
                        child.Skip();
                        break;
                }
            });
        }

        var cells = state.Sorted ? state.Cells : SortedUnique(state.Cells);
        return new SheetContent(cells, state.Merges, state.RowFills, state.ColumnFills, state.FormulasWithoutValue, state.CellsOutsideGrid);
    }

    private void ReadRow(XmlReader reader, ReadState state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var declared = Sml.Int(reader.GetAttribute("r"));
        var row = declared is { } r ? r - 1 : state.LastRow + 1;
        state.LastRow = row;
        if (Sml.Bool(reader.GetAttribute("customFormat"), false) && Sml.Int(reader.GetAttribute("s")) is { } rowStyle
            && SheetFills.IsVisible(styles[rowStyle].Fill))
            state.RowFills[row] = styles[rowStyle].Fill!;

        var column = -1;
        PartXml.ForEachChild(reader, child =>
        {
            if (child.LocalName != "c")
            {
                child.Skip();
                return;
            }
            var cellRow = row;
            var reference = child.GetAttribute("r");
            if (reference is null) column++;
            else if (CellAddress.TryParse(reference, out var parsedRow, out var parsedColumn))
            {
                cellRow = parsedRow;
                column = parsedColumn;
            }
            else
            {
                state.CellsOutsideGrid++;
                child.Skip();
                return;
            }
            ReadCell(child, cellRow, column, state);
        });
    }

    private void ReadCell(XmlReader reader, int row, int column, ReadState state)
    {
        var style = styles[Sml.Int(reader.GetAttribute("s")) ?? 0];
        var type = reader.GetAttribute("t");
        string? value = null;
        RichString? inline = null;
        var hasFormula = false;
        PartXml.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "v":
                    value = child.ReadElementContentAsString();
                    break;
                case "is":
                    inline = richStrings.Read(child);
                    break;
                case "f":
                    hasFormula = true;
                    child.Skip();
                    break;
                default:
                    child.Skip();
                    break;
            }
        });

        if (row >= CellAddress.MaxRows || column >= CellAddress.MaxColumns)
        {
            state.CellsOutsideGrid++;
            return;
        }
        if (hasFormula && value is null && inline is null) state.FormulasWithoutValue++;
        var runs = values.Runs(type, value, inline, style);
        var cell = new SheetCell(row, column, runs, style.Fill, runs.Any(r => !string.IsNullOrWhiteSpace(r.Text)));
        if (!cell.IsContent) return;
        if (state.Cells.Count > 0 && (state.Cells[^1].Row, state.Cells[^1].Column).CompareTo((row, column)) >= 0)
            state.Sorted = false;
        state.Cells.Add(cell);
    }

    private void ReadColumn(XmlReader reader, ReadState state)
    {
        if (Sml.Int(reader.GetAttribute("style")) is not { } style || !SheetFills.IsVisible(styles[style].Fill)) return;
        var min = Sml.Int(reader.GetAttribute("min")) ?? 1;
        var max = Sml.Int(reader.GetAttribute("max")) ?? min;
        if (min < 1 || max < min) return;
        state.ColumnFills.Add(new ColumnFill(min - 1, Math.Min(max, CellAddress.MaxColumns) - 1, styles[style].Fill!));
    }

    /// <summary>Rows and cells written out of order (legal, if unusual) are put in order; a position written twice keeps its first cell.</summary>
    private static List<SheetCell> SortedUnique(List<SheetCell> cells)
    {
        var sorted = cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
        var unique = new List<SheetCell>(sorted.Count);
        foreach (var cell in sorted)
            if (unique.Count == 0 || unique[^1].Row != cell.Row || unique[^1].Column != cell.Column)
                unique.Add(cell);
        return unique;
    }

    private sealed class ReadState
    {
        public List<SheetCell> Cells { get; } = [];
        public List<CellRange> Merges { get; } = [];
        public Dictionary<int, string> RowFills { get; } = [];
        public List<ColumnFill> ColumnFills { get; } = [];
        public int LastRow { get; set; } = -1;
        public bool Sorted { get; set; } = true;
        public int FormulasWithoutValue { get; set; }
        public int CellsOutsideGrid { get; set; }
    }
}
