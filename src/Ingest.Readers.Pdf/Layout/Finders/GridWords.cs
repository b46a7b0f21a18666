using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Fills a found table's cells with the words that lie in them.</summary>
internal static class GridWords
{
    /// <summary>
    /// Puts every word whose centre lies in a cell of the table into that cell and returns the lines
    /// with what is left; the caller keeps those lines only when it keeps the table.
    /// </summary>
    public static List<TextLine> Assign(GridTable table, List<TextLine> lines)
    {
        var remaining = new List<TextLine>(lines.Count);
        var box = table.Box;
        var assigned = new List<(GridCell Cell, Word Word)>();
        foreach (var line in lines)
        {
            if (line.Box.Bottom < box.Top || line.Box.Top > box.Bottom || line.Box.Right < box.Left || line.Box.Left > box.Right)
            {
                remaining.Add(line);
                continue;
            }
            var left = new List<Word>();
            foreach (var word in line.Words)
            {
                var cell = table.CellAt(word.CentreX, word.CentreY);
                if (cell is null) left.Add(word);
                else assigned.Add((cell, word));
            }
            if (left.Count == line.Words.Count) remaining.Add(line);
            else if (left.Count > 0) remaining.Add(line with { Words = left, Box = left.Select(w => w.Box).Aggregate((a, b) => a.Union(b)) });
        }
        KeepTurnedLabelsTogether(table, assigned);
        foreach (var (cell, word) in assigned) cell.Words.Add(word);
        return remaining;
    }

    /// <summary>
    /// A turned label too long for its cell (a sub-committee name down a short row) runs over the
    /// cell's side: its last line lands across the border in the next column. A turned word that
    /// crosses its cell's side, next to turned text of the same direction in the neighbouring cell
    /// of its row (within a line's spacing), belongs to that cell.
    /// </summary>
    private static void KeepTurnedLabelsTogether(GridTable table, List<(GridCell Cell, Word Word)> assigned)
    {
        for (var i = 0; i < assigned.Count; i++)
        {
            var (cell, word) = assigned[i];
            if (word.Angle is not (90 or 270)) continue;
            var crossesLeft = word.Box.Left < cell.Box.Left - 0.5;
            var crossesRight = word.Box.Right > cell.Box.Right + 0.5;
            if (crossesLeft == crossesRight) continue;
            var neighbour = table.CellAt(crossesLeft ? cell.Box.Left - 1 : cell.Box.Right + 1, word.CentreY);
            if (neighbour is null || ReferenceEquals(neighbour, cell)) continue;
            var spacing = 1.6 * word.Size;
            var continues = assigned.Any(a => ReferenceEquals(a.Cell, neighbour) && a.Word.Angle == word.Angle
                                              && Math.Abs(a.Word.Baseline - word.Baseline) <= spacing
                                              && a.Word.Box.Top < word.Box.Bottom && a.Word.Box.Bottom > word.Box.Top);
            if (continues) assigned[i] = (neighbour, word);
        }
    }
}
