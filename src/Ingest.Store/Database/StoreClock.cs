using System.Globalization;

namespace Ingest.Store.Database;

/// <summary>Timestamps as the store writes them: ISO 8601, UTC, so that text order is time order.</summary>
internal static class StoreClock
{
    public static string UtcNowText() =>
        DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
