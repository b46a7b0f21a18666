using System.Globalization;
using Ingest.Core.Observations;
using Ingest.Store.Database;

namespace Ingest.Store.Findings;

/// <summary>The loaded observations as records again (with their catalogue mapping), for checks over the whole dataset.</summary>
public static class StoredObservations
{
    /// <summary>Every observation of documents loaded successfully (of one council when given).</summary>
    /// <exception cref="FileNotFoundException">There is no database at <paramref name="dbPath"/>.</exception>
    public static IReadOnlyList<Observation> Read(string dbPath, string? council = null)
    {
        // An older database gains the catalogue's columns first, so the series follow catalogue keys.
        FindingStore.Migrate(dbPath);
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        var columns = string.Join(", ", ObservationColumns.Names.Select(n => "o." + ObservationTable.Quote(n)));
        command.CommandText = $"""
            SELECT {columns}, o.indicator_id, o.indicator_match, o.indicator_match_score
            FROM observation o JOIN document d ON d.id = o.document_id
            WHERE d.status = 'ok' AND ($council IS NULL OR o.council = $council)
            ORDER BY d.file_name, o."table", o."row", o.period_start, o.id
            """;
        command.Parameters.AddWithValue("$council", (object?)council ?? DBNull.Value);
        var observations = new List<Observation>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var field = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < ObservationColumns.Names.Count; i++)
                field[ObservationColumns.Names[i]] = ObservationTable.FromDatabase(reader.GetValue(i));
            var observation = FromFields(field);
            var n = ObservationColumns.Names.Count;
            if (!reader.IsDBNull(n))
                observation = observation with
                {
                    Mapping = new IndicatorMapping(reader.GetString(n),
                        System.Enum.TryParse<MatchMethod>(reader.IsDBNull(n + 1) ? "" : reader.GetString(n + 1), ignoreCase: true, out var method)
                            ? method : MatchMethod.Provisional,
                        reader.IsDBNull(n + 2) ? 0 : reader.GetDouble(n + 2)),
                };
            observations.Add(observation);
        }
        return observations;
    }

    private static Observation FromFields(Dictionary<string, string> f) => new()
    {
        Council = f["council"],
        Document = f["document"],
        Page = Int(f["page"]),
        Table = Int(f["table"]) ?? 0,
        Row = Int(f["row"]) ?? 0,
        Section = f["section"],
        Indicator = f["indicator"],
        IndicatorKey = f["indicator_key"],
        Polarity = Enum<Polarity>(f["polarity"]),
        Unit = Enum<Unit>(f["unit"]),
        Period = new Period(f["period_label"], Enum<PeriodType>(f["period_type"]) ?? PeriodType.Quarter,
            DateOnly.ParseExact(f["period_start"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(f["period_end"], "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TargetRaw = f["target_raw"],
        Target = Number(f["target"]),
        TargetQualifier = f["target_qualifier"],
        ActualRaw = f["actual_raw"],
        Actual = Number(f["actual"]),
        Rag = Enum<Rag>(f["rag"]),
        RagSource = Enum<RagSource>(f["rag_source"]),
        Dot = Enum<Direction>(f["dot"]),
        DotYoy = Enum<Direction>(f["dot_yoy"]),
        DotRaw = f["dot_raw"],
        Benchmark = f["benchmark"],
        Commentary = f["commentary"],
        Owner = f["owner"],
        Confidence = double.TryParse(f["confidence"], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 1,
    };

    private static T? Enum<T>(string text) where T : struct, System.Enum => VocabularyNames.TryParse<T>(text, out var v) ? v : null;

    private static int? Int(string text) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
