using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Extraction.Headers;
using Ingest.Normalisation;

namespace Ingest.Extraction.Blocks;

/// <summary>A KPI's row in a summary table: where it is, the RAG it gives each period, and its trend mark if it has a column of them.</summary>
internal sealed record SummaryRow(int Table, int Row, int? Page, IReadOnlyDictionary<string, (Rag Rag, RagSource Source)> RagByPeriod, string DotRaw = "");

/// <summary>
/// Reads the tables that list the block KPIs with a RAG per period: a row belongs to a KPI when one of its
/// cells names it (reference code aside); a column gives a period's RAG when its header names the period
/// (or says "latest"/"previous") and its cells on those rows print a RAG word or carry a RAG colour.
/// </summary>
internal sealed class RagSummary
{
    private readonly Normaliser _normaliser;
    private readonly BlockPatterns _patterns;
    private readonly RelativePeriodWords _relative;

    public RagSummary(Normaliser normaliser, BlockPatterns patterns, RelativePeriodWords relative)
    {
        _normaliser = normaliser;
        _patterns = patterns;
        _relative = relative;
    }

    /// <summary>Summary rows by indicator key; the first table that lists a KPI wins.</summary>
    public IReadOnlyDictionary<string, SummaryRow> Read(IReadOnlyList<Table> tables, IReadOnlySet<string> keys, Period latest, Period? previous)
    {
        var found = new Dictionary<string, SummaryRow>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = Enumerable.Range(0, table.RowCount)
                .Select(r => (Row: r, Key: RowKey(table, r, keys)))
                .Where(x => x.Key is not null)
                .ToList();
            if (rows.Count == 0) continue;
            var headerRows = rows[0].Row;
            var columns = Enumerable.Range(0, table.ColumnCount)
                .Select(c => (Column: c, Period: ColumnPeriod(table, headerRows, c, latest, previous)))
                .Where(x => x.Period is not null && rows.Count(r => Rag(table.CellAt(r.Row, x.Column)) is not null) * 2 > rows.Count)
                .ToList();
            if (columns.Count == 0) continue;
            // A column of arrows beside the ratings: the latest trend, which a box's own arrow may have lost on a scan.
            var trend = Enumerable.Range(0, table.ColumnCount)
                .Where(c => rows.Count(r => _normaliser.IsDirectionMark(table.TextAt(r.Row, c))) * 2 > rows.Count)
                .Select(c => (int?)c)
                .FirstOrDefault();
            foreach (var (row, key) in rows)
            {
                if (found.ContainsKey(key!)) continue;
                var rags = new Dictionary<string, (Rag, RagSource)>(StringComparer.Ordinal);
                foreach (var (column, period) in columns)
                    if (Rag(table.CellAt(row, column)) is { } rag) rags.TryAdd(period!.Label, rag);
                var page = table.Rows[row].Cells.Select(c => c.Page).FirstOrDefault(p => p is not null) ?? table.Page;
                var mark = trend is { } c && _normaliser.IsDirectionMark(table.TextAt(row, c)) ? table.TextAt(row, c) : "";
                found[key!] = new SummaryRow(table.Index, row + 1, page, rags, mark);
            }
        }
        return found;
    }

    private string? RowKey(Table table, int row, IReadOnlySet<string> keys) => table.Rows[row].Cells
        .Select(c => IndicatorKey.Of(_patterns.WithoutReference(c.CleanText)))
        .FirstOrDefault(keys.Contains);

    private Period? ColumnPeriod(Table table, int headerRows, int column, Period latest, Period? previous)
    {
        // A row spanning the whole table above the first KPI is a section or a title, not a column header.
        var header = string.Join(" ", Enumerable.Range(0, headerRows)
            .Where(r => table.Rows[r].Cells.Count(c => !c.IsEmpty) > 1)
            .Select(r => table.TextAt(r, column)).Distinct());
        if (header.Length == 0) return null;
        if (_normaliser.FindPeriod(header, latest) is { } named)
            return named.Label == latest.Label ? latest : named.Label == previous?.Label ? previous : null;
        return _relative.Of(header, latest);
    }

    private (Rag, RagSource)? Rag(Cell? cell)
    {
        if (cell is null) return null;
        if (_normaliser.ParseRagWord(cell.CleanText) is { } word) return (word, RagSource.Text);
        return _normaliser.RagFromColour(cell.Fill) is { } colour ? (colour, RagSource.Colour) : null;
    }
}
