using Ingest.Core.Observations;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Database;

/// <summary>One prepared INSERT reused for every observation of a document: a document can have thousands.</summary>
internal sealed class ObservationInserter : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _documentId;
    private readonly SqliteParameter[] _contract;
    private readonly SqliteParameter[] _box;
    private readonly SqliteParameter[] _identity;

    public ObservationInserter(SqliteConnection connection, SqliteTransaction transaction)
    {
        var names = ObservationColumns.Names;
        var columns = new[] { "document_id" }.Concat(names).Concat(ObservationTable.BoxColumns).Concat(ObservationTable.IdentityColumns).ToList();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO observation ({string.Join(", ", columns.Select(ObservationTable.Quote))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var index = 0;
        _documentId = _command.Parameters.Add("$p" + index++, SqliteType.Integer);
        _contract = names.Select(n => _command.Parameters.Add("$p" + index++, ObservationTable.TypeOf(n))).ToArray();
        _box = ObservationTable.BoxColumns.Select(_ => _command.Parameters.Add("$p" + index++, SqliteType.Real)).ToArray();
        _identity =
        [
            _command.Parameters.Add("$p" + index++, SqliteType.Text),
            _command.Parameters.Add("$p" + index++, SqliteType.Text),
            _command.Parameters.Add("$p" + index++, SqliteType.Text),
            _command.Parameters.Add("$p" + index++, SqliteType.Real),
        ];
        _command.Prepare();
    }

    public void Insert(long documentId, Observation observation)
    {
        var values = ObservationColumns.Values(observation);
        if (values.Count != _contract.Length)
            throw new InvalidOperationException(
                $"ObservationColumns wrote {values.Count} values for {_contract.Length} columns");
        _documentId.Value = documentId;
        for (var i = 0; i < _contract.Length; i++)
            _contract[i].Value = ObservationTable.ToDatabase(ObservationColumns.Names[i], values[i]);
        var box = observation.RowBox;
        _box[0].Value = (object?)box?.Left ?? DBNull.Value;
        _box[1].Value = (object?)box?.Top ?? DBNull.Value;
        _box[2].Value = (object?)box?.Right ?? DBNull.Value;
        _box[3].Value = (object?)box?.Bottom ?? DBNull.Value;
        var mapping = observation.Mapping;
        _identity[0].Value = observation.CouncilCode.Length > 0 ? observation.CouncilCode : DBNull.Value;
        _identity[1].Value = (object?)mapping?.Key ?? DBNull.Value;
        _identity[2].Value = (object?)mapping?.Method.ToString().ToLowerInvariant() ?? DBNull.Value;
        _identity[3].Value = (object?)mapping?.Score ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
