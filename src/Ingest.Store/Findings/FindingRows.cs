using Ingest.Core.Observations;
using Ingest.Store.Database;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Findings;

/// <summary>Writes findings into the <c>finding</c> table inside the caller's transaction.</summary>
internal static class FindingRows
{
    /// <param name="documentId">The document a per-document check ran on; null for a dataset check's findings.</param>
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, long? documentId, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO finding (document_id, check_name, severity, message, council, indicator_key, period_label, document, "table", "row", created_at)
            VALUES ($documentId, $check, $severity, $message, $council, $key, $period, $document, $table, $row, $createdAt)
            """;
        var p = command.Parameters;
        foreach (var name in new[] { "$documentId", "$check", "$severity", "$message", "$council", "$key", "$period", "$document", "$table", "$row", "$createdAt" })
            p.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        var now = StoreClock.UtcNowText();
        foreach (var f in findings)
        {
            p["$documentId"].Value = documentId is { } id ? id : DBNull.Value;
            p["$check"].Value = f.Check;
            p["$severity"].Value = SeverityName(f.Severity);
            p["$message"].Value = f.Message;
            p["$council"].Value = Nullable(f.Council);
            p["$key"].Value = Nullable(f.IndicatorKey);
            p["$period"].Value = Nullable(f.Period);
            p["$document"].Value = Nullable(f.Document);
            p["$table"].Value = f.Table is { } t ? t : DBNull.Value;
            p["$row"].Value = f.Row is { } r ? r : DBNull.Value;
            p["$createdAt"].Value = now;
            command.ExecuteNonQuery();
        }
    }

    public static string SeverityName(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    private static object Nullable(string? text) => string.IsNullOrEmpty(text) ? DBNull.Value : text;
}
