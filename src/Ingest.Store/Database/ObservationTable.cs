using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Database;

/// <summary>
/// The observation table's columns: the dataset contract's, plus the provenance box. Values cross in the
/// contract's own written form (<c>ObservationColumns.Values</c>), so the table holds exactly what the CSV would.
/// </summary>
internal static class ObservationTable
{
    public static readonly IReadOnlyList<string> BoxColumns = ["row_box_left", "row_box_top", "row_box_right", "row_box_bottom"];

    /// <summary>The catalogue identity (schema version 4): council code, indicator id, how it was matched and how closely.</summary>
    public static readonly IReadOnlyList<string> IdentityColumns = ["council_code", "indicator_id", "indicator_match", "indicator_match_score"];

    public static SqliteType TypeOf(string contractColumn) => contractColumn switch
    {
        "page" or "table" or "row" => SqliteType.Integer,
        "target" or "actual" or "confidence" => SqliteType.Real,
        _ => SqliteType.Text,
    };

    /// <summary>The value to store for a contract field as written; an empty field is NULL.</summary>
    public static object ToDatabase(string contractColumn, string written)
    {
        if (written.Length == 0) return DBNull.Value;
        return TypeOf(contractColumn) switch
        {
            SqliteType.Integer => long.Parse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            // Parsing the written decimal (rather than casting) gives the double nearest to it.
            SqliteType.Real => double.Parse(written, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => written,
        };
    }

    /// <summary>A stored value back in the contract's written form; NULL is the empty field.</summary>
    public static string FromDatabase(object? value) => SqliteValueText.Format(value) ?? "";

    /// <summary>Double-quoted identifier: <c>table</c> and <c>row</c> are SQL keywords.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
