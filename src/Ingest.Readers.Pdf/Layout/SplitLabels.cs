using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// A turned group label (a sub-committee name running down the rows it groups) that a page break or a
/// repeated header row cuts into pieces: the printer lays the label's lines out over the pieces, so one
/// shows "Childre" and the next "n and Learning", or "Crime" and then "and Disorder". A piece whose
/// letters all occur, in order and together, in the whole label above it in the same column (repeated
/// header rows aside) is that label again; the Word original has one merged cell there.
/// </summary>
internal static class SplitLabels
{
    /// <summary>For each cell holding a piece of a cut label, the cell holding the label it is a piece of.</summary>
    public static Dictionary<GridCell, GridCell> Find(GridTable grid)
    {
        var sources = new Dictionary<GridCell, GridCell>();
        foreach (var column in grid.Cells.GroupBy(c => c.Column))
            foreach (var run in TurnedRuns(column.OrderBy(c => c.Row)))
                for (var i = 0; i < run.Count; i++)
                {
                    // The whole label above (itself perhaps the source of the piece before), else one of
                    // the next two below: a break can cut the label's first appearance into two pieces.
                    var previous = i > 0 ? sources.GetValueOrDefault(run[i - 1].Cell, run[i - 1].Cell) : null;
                    var source = new[] { previous, At(run, i + 1), At(run, i + 2) }
                        .FirstOrDefault(c => c is not null && IsPieceOf(run[i].Text, Squeezed(c)));
                    if (source is not null) sources[run[i].Cell] = source;
                }
        return sources;
    }

    private static GridCell? At(List<(GridCell Cell, string Text)> run, int index) => index < run.Count ? run[index].Cell : null;

    private static bool IsPieceOf(string piece, string? whole) =>
        whole is not null && piece.Length < whole.Length && whole.Contains(piece, StringComparison.Ordinal);

    /// <summary>Consecutive turned-text cells of a column, the column's repeated heading skipped; other text ends a run.</summary>
    private static IEnumerable<List<(GridCell Cell, string Text)>> TurnedRuns(IEnumerable<GridCell> column)
    {
        var run = new List<(GridCell, string)>();
        string? header = null;
        foreach (var cell in column)
        {
            if (cell.IsEmpty) continue;
            var text = Squeezed(cell);
            if (cell.Row == 0)
            {
                header = text;
                continue;
            }
            if (text is not null && text == header) continue;
            if (text is null)
            {
                if (run.Count > 0) yield return run;
                run = [];
                continue;
            }
            run.Add((cell, text));
        }
        if (run.Count > 0) yield return run;
    }

    /// <summary>The cell's letters without spaces when all its text is turned a quarter; else null.</summary>
    private static string? Squeezed(GridCell cell)
    {
        var words = cell.Words.Concat(cell.Continuations.SelectMany(c => c)).ToList();
        if (words.Count == 0 || words.Any(w => w.Angle is not (90 or 270))) return null;
        var text = string.Concat(CellTextBuilder.Lines(words).SelectMany(l => l).Select(w => w.Text));
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
