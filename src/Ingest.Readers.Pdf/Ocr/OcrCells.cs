using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Gives the cells of OCR'd pages their confidence (the mean confidence of the words inside them, as
/// 0-1) and their repaired text. Each repair lowers the confidence by what the repair rules say.
/// The text as Tesseract read it is kept in <see cref="RawTexts"/>, keyed by table, row and column.
/// </summary>
internal sealed class OcrCells(IReadOnlyDictionary<int, OcrPage> recognised, Func<string, (string Text, double Penalty)>? repair)
{
    private readonly Dictionary<(int Table, int Row, int Column), string> _raw = [];

    /// <summary>Cells whose text was changed by a repair: the text before it.</summary>
    public IReadOnlyDictionary<(int Table, int Row, int Column), string> RawTexts => _raw;

    public IReadOnlyList<Table> Apply(IReadOnlyList<Table> tables)
    {
        if (recognised.Count == 0) return tables;
        return tables.Select(Apply).ToList();
    }

    private Table Apply(Table table)
    {
        var changed = false;
        var rows = new List<TableRow>(table.RowCount);
        foreach (var row in table.Rows)
        {
            var cells = new List<Cell>(row.Cells.Count);
            foreach (var cell in row.Cells)
            {
                var page = cell.Page ?? table.Page;
                if (page is not { } number || !recognised.TryGetValue(number, out var ocr) || cell.Box is null)
                {
                    cells.Add(cell);
                    continue;
                }
                changed = true;
                cells.Add(Finish(table.Index, cell, ocr));
            }
            rows.Add(row with { Cells = cells });
        }
        return changed ? new Table(table.Index, rows, table.ColumnCount, table.Context, table.Page) : table;
    }

    private Cell Finish(int tableIndex, Cell cell, OcrPage page)
    {
        var box = cell.Box!;
        var inside = page.Words.Where(w => box.ContainsCentreOf(w.Box)).ToList();
        var confidence = inside.Count == 0 ? 1.0 : inside.Average(w => w.Confidence) / 100;
        // A RAG cell that is only a fill or a coloured bullet has no text: its colour, read from the scan's pixels,
        // is its rating's one evidence, as a fill is on a digital page.
        if (cell.Fill is null && page.Colours?.CellColour(box, HoldsWord(cell.Text)) is { } colour) cell = cell with { Fill = colour };
        if (repair is null || cell.IsEmpty) return cell with { Confidence = confidence };

        var runs = new List<TextRun>(cell.Runs.Count);
        var penalty = 0.0;
        foreach (var run in cell.Runs)
        {
            // Line breaks separate what the cell printed on separate lines; each line is repaired alone.
            var lines = run.Text.Split('\n').Select(line =>
            {
                var (text, cost) = repair(line);
                penalty += cost;
                return text;
            });
            runs.Add(run with { Text = string.Join('\n', lines) });
        }
        if (penalty <= 0) return cell with { Confidence = confidence };
        _raw[(tableIndex, cell.Row, cell.Column)] = cell.Text;
        return cell with { Runs = runs, Confidence = Math.Max(0, confidence - penalty) };
    }

    /// <summary>Two letters or digits in a row: a word or a number, not a mark misread as a character.</summary>
    private static bool HoldsWord(string text)
    {
        for (var i = 1; i < text.Length; i++)
            if (char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 1])) return true;
        return false;
    }
}
