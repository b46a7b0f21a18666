using Ingest.Core.Observations;
using Ingest.Store.Database;

namespace Ingest.Store;

/// <summary>The stored observations as dataset rows (<c>ingest export</c>), in the contract's column order.</summary>
public static class ObservationExport
{
    /// <summary>
    /// Every observation's contract fields, written as <see cref="ObservationColumns.Values"/> writes them,
    /// ordered by document file name, table, row and period start. Rows are read lazily while enumerating.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no database at <paramref name="dbPath"/> (thrown at the call, not on enumeration).</exception>
    public static IEnumerable<IReadOnlyList<string>> Rows(string dbPath)
    {
        var fullPath = StoreConnections.RequireDatabase(dbPath);
        return Read(fullPath);
    }

    private static IEnumerable<IReadOnlyList<string>> Read(string fullPath)
    {
        using var connection = StoreConnections.OpenReadOnly(fullPath);
        using var command = connection.CreateCommand();
        var columns = string.Join(", ", ObservationColumns.Names.Select(n => "o." + ObservationTable.Quote(n)));
        // o.id last: rows that tie on every ordering column keep the order they were loaded in.
        command.CommandText = $"""
            SELECT {columns}
            FROM observation o JOIN document d ON d.id = o.document_id
            ORDER BY d.file_name, o."table", o."row", o.period_start, o.id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = ObservationTable.FromDatabase(reader.GetValue(i));
            yield return row;
        }
    }
}
