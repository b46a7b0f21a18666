using Npgsql;

namespace Ingest.Store.Postgres.Database;

/// <summary>One council's series from <c>observation_current</c>, as <see cref="CurrentSeries.ForCouncil"/> reads them from SQLite.</summary>
internal static class PostgresCouncilSeries
{
    public static IReadOnlyList<SeriesPoint> Read(NpgsqlConnection connection, string council)
    {
        // lower() on both sides, as SQLite's COLLATE NOCASE; COLLATE "C" orders keys and dates as SQLite does.
        using var command = new NpgsqlCommand($"""
            SELECT {CurrentSeries.SeriesColumns}
            FROM observation_current o
            WHERE lower(o.council) = lower(@council)
            ORDER BY o.indicator_id COLLATE "C", o.period_start COLLATE "C", o.period_end COLLATE "C", o.period_type COLLATE "C"
            """, connection);
        command.Parameters.AddWithValue("council", council);
        var points = new List<SeriesPoint>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) points.Add(CurrentSeries.Point(reader));
        return points;
    }
}
