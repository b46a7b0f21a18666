using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Fetch.Http;
using Ingest.Fetch.Selection;

namespace Ingest.Fetch.Content;

/// <summary>
/// Judges a finished response against what was asked for. A <c>200</c> is not enough: a challenge page is
/// a block, and an HTML error page where XML or a PDF was expected is a failure with that reason.
/// </summary>
public static partial class ResponseCheck
{
    /// <summary>The sniffed document, or a <see cref="FetchException"/> saying why the response is not one.</summary>
    public static SniffedContent Document(FetchedResponse response, FetchRules rules)
    {
        ArgumentNullException.ThrowIfNull(response);
        Status(response);
        if (response.Body.Length == 0) throw new FetchException($"an empty response (HTTP {(int)response.Status})");
        var sniffed = ContentSniffer.Sniff(response.Body, response.ContentType);
        return sniffed.Kind switch
        {
            SniffedKind.Document => sniffed,
            SniffedKind.Html => throw NotWanted(response, rules, "an HTML page instead of a document"),
            SniffedKind.Xml => throw new FetchException("an XML reply instead of a document"),
            _ => throw new FetchException(
                $"not a document this pipeline reads ({response.ContentType ?? "no content type"}, {response.Body.Length} bytes, {sniffed.Extension})"),
        };
    }

    /// <summary>The body, checked to be XML rather than an HTML page, for the web service's replies.</summary>
    public static byte[] Xml(FetchedResponse response, FetchRules rules)
    {
        ArgumentNullException.ThrowIfNull(response);
        Status(response);
        var sniffed = ContentSniffer.Sniff(response.Body, response.ContentType);
        return sniffed.Kind switch
        {
            SniffedKind.Xml => response.Body,
            SniffedKind.Html => throw NotWanted(response, rules, "an HTML page instead of the web service's XML"),
            _ => throw new FetchException($"not the web service's XML ({response.ContentType ?? "no content type"}, {response.Body.Length} bytes)"),
        };
    }

    private static void Status(FetchedResponse response)
    {
        if (response.IsSuccess) return;
        var code = (int)response.Status;
        if (code is >= 300 and < 400)
            throw new FetchException($"redirect loop: still redirected (HTTP {code}) after the redirects allowed");
        if (response.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or (HttpStatusCode)451)
            throw new FetchException($"refused: HTTP {code} {response.Status}", blocked: true);
        if (response.Status == HttpStatusCode.TooManyRequests)
            throw new FetchException($"throttled: HTTP 429 after every retry", blocked: true);
        throw new FetchException(response.IsTransient ? $"HTTP {code} {response.Status} after every retry" : $"HTTP {code} {response.Status}");
    }

    private static FetchException NotWanted(FetchedResponse response, FetchRules rules, string what)
    {
        var marker = rules.ChallengeMarker(response.Body);
        var title = PageTitle(response.Body);
        var named = title is null ? "" : $" titled \"{title}\"";
        return marker is not null
            ? new FetchException($"a challenge page{named} (\"{marker}\") instead of the content", blocked: true)
            : new FetchException($"{what}{named}");
    }

    private static string? PageTitle(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 16 * 1024));
        var match = TitlePattern().Match(text);
        if (!match.Success) return null;
        var title = string.Join(' ', WebUtility.HtmlDecode(match.Groups[1].Value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return title.Length == 0 ? null : title.Length > 80 ? title[..80] + "…" : title;
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();
}
