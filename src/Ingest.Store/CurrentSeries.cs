using System.Data.Common;
using System.Globalization;
using Ingest.Store.Database;

namespace Ingest.Store;

/// <summary>One value of an indicator's series, from the current view (the latest report's value per period).</summary>
/// <param name="Id">The observation's row id, to find where the value came from.</param>
public sealed record SeriesPoint(
    string Council,
    string CouncilCode,
    string IndicatorId,
    string Indicator,
    string PeriodLabel,
    string PeriodType,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    double? Actual,
    double? Target,
    string Rag,
    string Dot,
    string Unit,
    string Document,
    int Revisions,
    long Id = 0,
    string Polarity = "");

/// <summary>One catalogue key as loaded: where, when and how often it appears, and how its names were matched.</summary>
public sealed record IndicatorUsage(
    string IndicatorId,
    IReadOnlyList<string> Councils,
    string FirstPeriod,
    string LastPeriod,
    int Observations,
    int Names,
    IReadOnlyList<string> Methods);

/// <summary>A printed indicator name as loaded, with its mapping, for reviewing the catalogue's decisions.</summary>
public sealed record LoadedName(string Council, string Indicator, string IndicatorId, string Method, double? Score, int Documents);

/// <summary>Reads series and catalogue usage from <c>observation_current</c> (schema version 4), read-only.</summary>
public static class CurrentSeries
{
    /// <param name="councils">Council keys to keep; null or empty keeps every council.</param>
    public static IReadOnlyList<SeriesPoint> Read(string dbPath, string indicatorId, IReadOnlyCollection<string>? councils = null)
    {
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SeriesColumns}
            FROM observation_current o
            WHERE o.indicator_id = $id
            ORDER BY o.council, o.period_start, o.period_end, o.period_type
            """;
        command.Parameters.AddWithValue("$id", indicatorId);
        var keep = councils is { Count: > 0 } ? new HashSet<string>(councils, StringComparer.OrdinalIgnoreCase) : null;
        var points = new List<SeriesPoint>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var council = Text(reader, 0);
            if (keep is not null && !keep.Contains(council)) continue;
            points.Add(Point(reader));
        }
        return points;
    }

    /// <summary>Every series of one council (its current values), ordered by indicator and period; empty for a new database.</summary>
    public static IReadOnlyList<SeriesPoint> ForCouncil(string dbPath, string council)
    {
        if (!File.Exists(dbPath)) return [];
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SeriesColumns}
            FROM observation_current o
            WHERE o.council = $council COLLATE NOCASE
            ORDER BY o.indicator_id, o.period_start, o.period_end, o.period_type
            """;
        command.Parameters.AddWithValue("$council", council);
        var points = new List<SeriesPoint>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            points.Add(Point(reader));
        return points;
    }

    /// <summary>Every indicator id in the current view, with its councils, first and last period and counts.</summary>
    public static IReadOnlyList<IndicatorUsage> Usage(string dbPath)
    {
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COALESCE(indicator_id, indicator_key), group_concat(DISTINCT council), min(period_start), max(period_end),
                   count(*), count(DISTINCT indicator), group_concat(DISTINCT indicator_match)
            FROM observation_current
            GROUP BY 1
            ORDER BY 1
            """;
        var usage = new List<IndicatorUsage>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            usage.Add(new IndicatorUsage(Text(reader, 0), Split(Text(reader, 1)), Text(reader, 2), Text(reader, 3),
                reader.GetInt32(4), reader.GetInt32(5), Split(Text(reader, 6))));
        return usage;
    }

    /// <summary>Each distinct printed name per council, with how it was mapped and in how many documents it appears.</summary>
    public static IReadOnlyList<LoadedName> Names(string dbPath)
    {
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT council, indicator, COALESCE(indicator_id, ''), COALESCE(indicator_match, ''), max(indicator_match_score),
                   count(DISTINCT document_id)
            FROM observation
            GROUP BY council, indicator, indicator_id, indicator_match
            ORDER BY council, indicator
            """;
        var names = new List<LoadedName>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            names.Add(new LoadedName(Text(reader, 0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Number(reader, 4), reader.GetInt32(5)));
        return names;
    }

    /// <summary>The columns of the current view a <see cref="SeriesPoint"/> is read from by <see cref="Point"/>, for any engine.</summary>
    internal const string SeriesColumns = """
        o.council, o.council_code, o.indicator_id, o.indicator, o.period_label, o.period_type, o.period_start, o.period_end,
        o.actual, o.target, o.rag, o.dot, o.unit, o.document, o.revisions, o.id, o.polarity
        """;

    internal static SeriesPoint Point(DbDataReader reader) =>
        new(Text(reader, 0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
            Date(reader, 6), Date(reader, 7), Number(reader, 8), Number(reader, 9), Text(reader, 10), Text(reader, 11),
            Text(reader, 12), Text(reader, 13), reader.GetInt32(14), reader.GetInt64(15), Text(reader, 16));

    private static string Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? "" : reader.GetString(i);

    private static double? Number(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    private static DateOnly Date(DbDataReader reader, int i) =>
        DateOnly.ParseExact(reader.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Split(string joined) =>
        joined.Length == 0 ? [] : joined.Split(',').Order(StringComparer.Ordinal).ToList();
}
