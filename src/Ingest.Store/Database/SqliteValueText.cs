using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Store.Database;

/// <summary>Database values as the dataset writes them: invariant culture, numbers without trailing zeros.</summary>
internal static class SqliteValueText
{
    public static string? Format(object? value) => value switch
    {
        null or DBNull => null,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Real(d),
        string s => s,
        byte[] bytes => "x'" + Convert.ToHexString(bytes) + "'",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static string Real(double value)
    {
        // "R" is the shortest text that reads back as the same double, so a stored 99.29 prints as 99.29 and
        // not as 99.2900000000000062527760746888816356658935546875; going through decimal drops "E" notation.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if (!decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)) return shortest;
        // decimal cannot hold magnitudes below 1e-28 and reads them as 0; keep the exponent form there.
        if (exact == 0m && value != 0d) return shortest;
        return ObservationColumns.Number(exact);
    }
}
