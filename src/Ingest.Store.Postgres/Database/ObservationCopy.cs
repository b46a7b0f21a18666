using Ingest.Core.Observations;
using Ingest.Store.Database;
using Npgsql;
using NpgsqlTypes;

namespace Ingest.Store.Postgres.Database;

/// <summary>
/// A document's observations into the observation table through binary COPY: one round trip for thousands
/// of rows, where an INSERT each would pay the network once per row.
/// </summary>
internal static class ObservationCopy
{
    private static readonly IReadOnlyList<string> Columns =
        ["document_id", .. ObservationColumns.Names, .. ObservationTable.BoxColumns, .. ObservationTable.IdentityColumns];

    public static void Write(NpgsqlConnection connection, long documentId, IReadOnlyList<Observation> observations)
    {
        if (observations.Count == 0) return;
        var names = ObservationColumns.Names;
        using var importer = connection.BeginBinaryImport(
            $"COPY observation ({string.Join(", ", Columns.Select(ObservationTable.Quote))}) FROM STDIN (FORMAT BINARY)");
        foreach (var observation in observations)
        {
            var values = ObservationColumns.Values(observation);
            if (values.Count != names.Count)
                throw new InvalidOperationException($"ObservationColumns wrote {values.Count} values for {names.Count} columns");
            importer.StartRow();
            importer.Write(documentId, NpgsqlDbType.Bigint);
            for (var i = 0; i < names.Count; i++)
            {
                switch (ObservationTable.ToDatabase(names[i], values[i]))
                {
                    case DBNull: importer.WriteNull(); break;
                    case long whole: importer.Write(checked((int)whole), NpgsqlDbType.Integer); break;
                    case double real: importer.Write(real, NpgsqlDbType.Double); break;
                    case string text: importer.Write(text, NpgsqlDbType.Text); break;
                    case var other: throw new InvalidOperationException($"no COPY type for {other.GetType().Name}");
                }
            }
            var box = observation.RowBox;
            WriteReal(importer, box?.Left);
            WriteReal(importer, box?.Top);
            WriteReal(importer, box?.Right);
            WriteReal(importer, box?.Bottom);
            var mapping = observation.Mapping;
            WriteText(importer, observation.CouncilCode);
            WriteText(importer, mapping?.Key);
            WriteText(importer, mapping?.Method.ToString().ToLowerInvariant());
            WriteReal(importer, mapping?.Score);
        }
        importer.Complete();
    }

    private static void WriteReal(NpgsqlBinaryImporter importer, double? value)
    {
        if (value is { } v) importer.Write(v, NpgsqlDbType.Double);
        else importer.WriteNull();
    }

    private static void WriteText(NpgsqlBinaryImporter importer, string? value)
    {
        if (string.IsNullOrEmpty(value)) importer.WriteNull();
        else importer.Write(value, NpgsqlDbType.Text);
    }
}
