using System.Globalization;
using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Store;
using Ingest.Store.Findings;

namespace Ingest.Explorer.Data;

/// <summary>
/// The explorer's reads from a SQLite store, through the store's own read-only readers (<see cref="CurrentSeries"/>,
/// <see cref="FindingStore"/>, <see cref="ReadOnlyQuery"/>): each call opens the file read-only, so a run loading
/// into it meanwhile is seen at the next request.
/// </summary>
public sealed class SqliteExplorerData(string dbPath) : IExplorerData
{
    public string DbPath { get; } = dbPath;

    public IReadOnlyList<IndicatorUsage> Indicators() => CurrentSeries.Usage(DbPath);

    public IReadOnlyList<LoadedName> Names() => CurrentSeries.Names(DbPath);

    public IReadOnlyList<SeriesPoint> Series(string indicatorId, IReadOnlyCollection<string>? councils) =>
        CurrentSeries.Read(DbPath, indicatorId, councils);

    public IReadOnlyList<StoredFinding> Findings() => FindingStore.Read(DbPath);

    // Ids are numbers parsed by the caller, so formatting one into the SQL cannot inject anything.
    public ObservationDetail? Observation(long id)
    {
        var columns = string.Join(", ", ObservationColumns.Names.Select(n => $"o.\"{n}\""));
        var result = ReadOnlyQuery.Run(DbPath, $"""
            SELECT {columns}, COALESCE(o.indicator_id, o.indicator_key) AS indicator_id, o.document_id,
                   o.row_box_left, o.row_box_top, o.row_box_right, o.row_box_bottom,
                   COALESCE((SELECT c.revisions FROM observation_current c WHERE c.id = o.id), 0) AS revisions,
                   d.path, d.file_name, d.format, d.title
            FROM observation o JOIN document d ON d.id = o.document_id
            WHERE o.id = {id.ToString(CultureInfo.InvariantCulture)}
            """);
        if (result.Rows.Count == 0) return null;
        var row = result.Rows[0];
        string Text(string column) => row[IndexOf(result, column)] ?? "";
        var fields = ObservationColumns.Names.ToDictionary(n => n, Text, StringComparer.Ordinal);
        var document = new StoredDocument(Long(Text("document_id")), Text("path"), Text("file_name"), Text("format"), Text("title"));
        var box = Box(Text("row_box_left"), Text("row_box_top"), Text("row_box_right"), Text("row_box_bottom"));
        var page = int.TryParse(fields["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
        return new ObservationDetail(id, fields, Text("indicator_id"), document, page, box, (int)Long(Text("revisions")));
    }

    public StoredDocument? Document(long id)
    {
        var result = ReadOnlyQuery.Run(DbPath,
            $"SELECT id, path, file_name, format, COALESCE(title, '') FROM document WHERE id = {id.ToString(CultureInfo.InvariantCulture)}");
        if (result.Rows.Count == 0) return null;
        var row = result.Rows[0];
        return new StoredDocument(id, row[1] ?? "", row[2] ?? "", row[3] ?? "", row[4] ?? "");
    }

    private static int IndexOf(QueryResult result, string column)
    {
        for (var i = result.Columns.Count - 1; i >= 0; i--)
            if (result.Columns[i] == column) return i;
        throw new InvalidOperationException($"column {column} missing from the observation query");
    }

    private static long Long(string text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static BoundingBox? Box(string left, string top, string right, string bottom)
    {
        var values = new[] { left, top, right, bottom }
            .Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null).ToList();
        return values.All(v => v.HasValue) ? new BoundingBox(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value) : null;
    }
}
