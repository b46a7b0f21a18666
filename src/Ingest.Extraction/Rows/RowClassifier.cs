using System.Text.RegularExpressions;
using Ingest.Core.Tables;
using Ingest.Extraction.Headers;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Rows;

/// <summary>Stage 3b: what a body row is — an indicator, a section heading, a note, or a repeated header.</summary>
public sealed class RowClassifier
{
    private readonly IReadOnlyList<Regex> _notes;

    public RowClassifier(HeaderRules rules) =>
        _notes = rules.NonIndicatorRows
            .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))
            .ToList();

    public RowKind Classify(Table table, int row, TableLayout layout)
    {
        var cells = DistinctCells(table, row);
        var filled = cells.Where(c => !c.IsEmpty).ToList();
        if (filled.Count == 0) return RowKind.Empty;
        if (IsRepeatedHeader(table, row, layout)) return RowKind.RepeatedHeader;

        if (filled.Count == 1)
        {
            var only = filled[0];
            var text = only.CleanText;
            if (_notes.Any(n => n.IsMatch(text))) return RowKind.Note;
            var spansMost = only.ColumnSpan * 2 >= table.ColumnCount;
            var inIndicatorColumn = layout.ColumnOf(ColumnField.Indicator) is { } ic && only.Column <= ic && ic < only.Column + only.ColumnSpan;
            if (spansMost || only.IsBold || !inIndicatorColumn) return RowKind.Section;
        }
        return RowKind.Indicator;
    }

    /// <summary>How strongly a section row divides the table: priorities (capitals, dark fill) outrank objectives.</summary>
    public static int SectionStrength(Cell cell)
    {
        var text = cell.CleanText;
        var capitals = text.Any(char.IsLetter) && text == text.ToUpperInvariant();
        return capitals || IsDark(cell.Fill) ? 2 : 1;
    }

    public static Cell? SectionCell(Table table, int row) => DistinctCells(table, row).FirstOrDefault(c => !c.IsEmpty);

    private static bool IsDark(string? fill)
    {
        if (fill is null || fill.Length != 6) return false;
        var r = Convert.ToInt32(fill[..2], 16);
        var g = Convert.ToInt32(fill[2..4], 16);
        var b = Convert.ToInt32(fill[4..], 16);
        return 0.299 * r + 0.587 * g + 0.114 * b < 96;
    }

    // A row the source marks as a header, or one that reads like any of the header rows, is the header
    // repeated at a page break.
    private static bool IsRepeatedHeader(Table table, int row, TableLayout layout) =>
        table.Rows[row].IsDeclaredHeader || layout.HeaderSignatures.Any(signature => Matches(table, row, signature));

    private static bool Matches(Table table, int row, IReadOnlyList<string> signature)
    {
        int compared = 0, same = 0;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var header = signature[c];
            if (header.Length == 0) continue;
            compared++;
            if (string.Equals(header, table.TextAt(row, c), StringComparison.OrdinalIgnoreCase)) same++;
        }
        return compared > 0 && same * 10 >= compared * 6;
    }

    // Cells merged down from a row above (a vertically merged group label) belong to that row, not this one.
    private static List<Cell> DistinctCells(Table table, int row) =>
        Enumerable.Range(0, table.ColumnCount).Select(c => table.CellAt(row, c)).OfType<Cell>()
            .Where(c => c.Row == row).Distinct().ToList();
}
