using System.Globalization;
using System.Net;

namespace Ingest.Fetch.Committees.ModernGov;

/// <summary>The web service's values as real installs write them.</summary>
internal static class ModernGovText
{
    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK",
    ];

    /// <summary>
    /// Titles come double-escaped on some installs (<c>&amp;amp;amp;</c> in the XML, so <c>&amp;amp;</c>
    /// after parsing): decoded until nothing changes, and white space collapsed.
    /// </summary>
    public static string Title(string? raw)
    {
        var text = raw ?? "";
        for (var i = 0; i < 3; i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text) break;
            text = decoded;
        }
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Counts and ids, which some installs write with a leading space (<c>&lt;meetingscount&gt; 2&lt;/meetingscount&gt;</c>).</summary>
    public static int? Number(string? raw) =>
        int.TryParse(raw?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool Flag(string? raw) => string.Equals(raw?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>UK dates (<c>10/02/2026</c>) as the service writes them; ISO as a few installs do.</summary>
    public static DateOnly? Date(string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? DateOnly.FromDateTime(date)
            : null;
    }

    /// <summary>The date filter's form: the service wants dd/mm/yyyy and refuses ISO on some installs.</summary>
    public static string FilterDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
