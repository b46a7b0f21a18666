using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Fetch.Manifest;

/// <summary>
/// <c>manifest.csv</c> in the output folder. Entries are appended as each document is saved, so an
/// interrupted fetch keeps what it got; reading takes the last entry per URL.
/// </summary>
public sealed class ManifestFile(string folder)
{
    public const string FileName = "manifest.csv";

    private static readonly string[] Columns =
    [
        "council", "system", "committee", "meeting_date", "meeting_id", "agenda_item", "document_title", "url", "file",
        "sha256", "content_type", "bytes", "etag", "last_modified", "fetched_at",
    ];

    public string Path { get; } = System.IO.Path.Combine(folder, FileName);

    public IReadOnlyList<ManifestEntry> Read()
    {
        if (!File.Exists(Path)) return [];
        var records = CsvText.Parse(File.ReadAllText(Path));
        if (records.Count == 0) return [];
        var index = records[0].Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        var missing = Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{Path}: not a fetch manifest (no column {string.Join(", ", missing)})");
        var entries = new List<ManifestEntry>();
        foreach (var record in records.Skip(1).Where(r => r.Length >= Columns.Length))
        {
            string Get(string column) => record[index[column]];
            if (!DateOnly.TryParseExact(Get("meeting_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            entries.Add(new ManifestEntry(Get("council"), Get("system"), Get("committee"), date, Get("meeting_id"), Get("agenda_item"),
                Get("document_title"), Get("url"), Get("file"), Get("sha256"), Get("content_type"),
                long.TryParse(Get("bytes"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) ? bytes : 0,
                NullIfEmpty(Get("etag")), NullIfEmpty(Get("last_modified")),
                DateTimeOffset.TryParse(Get("fetched_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : default));
        }
        return entries;
    }

    public void Append(ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var lines = new List<string>();
        if (!File.Exists(Path) || new FileInfo(Path).Length == 0) lines.Add(CsvText.Line(Columns));
        lines.Add(CsvText.Line(
        [
            entry.Council, entry.System, entry.Committee, entry.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            entry.MeetingId, entry.AgendaItem, entry.DocumentTitle, entry.Url, entry.File, entry.Sha256, entry.ContentType,
            entry.Bytes.ToString(CultureInfo.InvariantCulture), entry.ETag ?? "", entry.LastModified ?? "",
            entry.FetchedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ]));
        File.AppendAllText(Path, string.Join('\n', lines) + "\n");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
