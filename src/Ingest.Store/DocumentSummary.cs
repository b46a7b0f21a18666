using Ingest.Store.Database;

namespace Ingest.Store;

/// <summary>What has been loaded, one line per document (<c>ingest status</c>).</summary>
public static class DocumentSummary
{
    /// <summary>Every document, ordered by file name.</summary>
    /// <exception cref="FileNotFoundException">There is no database at <paramref name="dbPath"/>.</exception>
    public static IReadOnlyList<DocumentStatus> Documents(string dbPath)
    {
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, file_name, council, status, error, table_count, observation_count
            FROM document
            ORDER BY file_name, id
            """;
        using var reader = command.ExecuteReader();
        var documents = new List<DocumentStatus>();
        while (reader.Read())
        {
            documents.Add(new DocumentStatus(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? "" : reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5),
                reader.GetInt32(6)));
        }
        return documents;
    }
}
