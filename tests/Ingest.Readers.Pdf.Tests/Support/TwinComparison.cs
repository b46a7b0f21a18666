using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>How well the tables read from a PDF agree with the tables of the Word file it was printed from.</summary>
internal sealed record TwinAgreement(int Cells, int CellsMatched, int FillsMatched, int WordRows, int PdfRows, IReadOnlyList<string> Differences)
{
    /// <summary>Share of the Word file's non-empty cells found with the same text at the same place.</summary>
    public double Text => Cells == 0 ? 1 : (double)CellsMatched / Cells;

    /// <summary>Share of those matched cells whose fill is the same too.</summary>
    public double Fill => CellsMatched == 0 ? 1 : (double)FillsMatched / CellsMatched;

    public static TwinAgreement operator +(TwinAgreement a, TwinAgreement b) => new(a.Cells + b.Cells, a.CellsMatched + b.CellsMatched,
        a.FillsMatched + b.FillsMatched, a.WordRows + b.WordRows, a.PdfRows + b.PdfRows, a.Differences.Concat(b.Differences).ToList());

    public static readonly TwinAgreement None = new(0, 0, 0, 0, 0, []);
}

/// <summary>
/// Compares tables cell by cell: each Word table with the PDF table that agrees with it most, rows
/// aligned in order (the PDF also has the header rows the printer repeated on each page, which the
/// alignment skips), cells by column, text with whitespace collapsed.
/// </summary>
internal static class TwinComparison
{
    public static TwinAgreement Compare(IReadOnlyList<Table> word, IReadOnlyList<Table> pdf)
    {
        var total = TwinAgreement.None;
        var used = new HashSet<int>();
        foreach (var table in word)
        {
            var best = pdf.Select((t, i) => (Index: i, Agreement: Compare(table, t)))
                .Where(c => !used.Contains(c.Index))
                .OrderByDescending(c => c.Agreement.CellsMatched)
                .FirstOrDefault();
            if (best.Agreement is null)
            {
                var cells = table.Rows.SelectMany(r => r.Cells).Count(c => !c.IsEmpty);
                total += new TwinAgreement(cells, 0, 0, table.RowCount, 0, [$"table {table.Index}: no PDF table"]);
                continue;
            }
            used.Add(best.Index);
            total += best.Agreement;
            // The extractor takes a table's section from the nearest short paragraph before it.
            var heading = table.Context.LastOrDefault(c => c.Length <= 150);
            var pdfHeading = pdf[best.Index].Context.LastOrDefault(c => c.Length <= 150);
            if (TextNormaliser.Collapse(heading) != TextNormaliser.Collapse(pdfHeading))
                total += new TwinAgreement(0, 0, 0, 0, 0, [$"table {table.Index}: heading '{heading}' read as '{pdfHeading}'"]);
        }
        return total;
    }

    public static TwinAgreement Compare(Table word, Table pdf)
    {
        var n = word.RowCount;
        var m = pdf.RowCount;
        var score = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        for (var j = m - 1; j >= 0; j--)
            score[i, j] = Math.Max(Math.Max(score[i + 1, j], score[i, j + 1]), Matches(word, i, pdf, j) + score[i + 1, j + 1]);

        int cells = 0, matched = 0, fills = 0;
        var differences = new List<string>();
        var (r, s) = (0, 0);
        while (r < n)
        {
            var pair = s < m && Matches(word, r, pdf, s) > 0 && score[r, s] == Matches(word, r, pdf, s) + score[r + 1, s + 1];
            if (!pair && s < m && score[r, s] == score[r, s + 1])
            {
                s++;
                continue;
            }
            foreach (var cell in word.Rows[r].Cells.Where(c => !c.IsEmpty))
            {
                cells++;
                var other = pair ? pdf.OriginAt(s, cell.Column) : null;
                if (other is not null && other.CleanText == cell.CleanText)
                {
                    matched++;
                    if (other.Fill == cell.Fill) fills++;
                    else differences.Add($"table {word.Index} row {r} col {cell.Column}: fill {cell.Fill ?? "none"} read as {other.Fill ?? "none"}");
                }
                else
                    differences.Add($"table {word.Index} row {r} col {cell.Column}: '{cell.CleanText}' read as '{other?.CleanText ?? "(no cell)"}'");
            }
            r++;
            if (pair) s++;
        }
        return new TwinAgreement(cells, matched, fills, n, m, differences);
    }

    private static int Matches(Table word, int row, Table pdf, int pdfRow) =>
        word.Rows[row].Cells.Count(c => !c.IsEmpty && pdf.OriginAt(pdfRow, c.Column)?.CleanText == c.CleanText);
}
