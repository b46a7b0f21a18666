namespace Ingest.Fetch.Committees;

/// <summary>Site addresses as users type them, and document links as sites write them.</summary>
public static class SiteUrl
{
    /// <summary>
    /// An absolute http(s) address ending in a slash, so service paths resolve under it; a pasted page or
    /// service address (<c>…/mgWebService.asmx</c>, <c>…/mgCalendarMonthView.aspx</c>) is cut back to its folder.
    /// </summary>
    public static Uri Parse(string text)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new ArgumentException($"not a web address: {text}");
        var path = url.AbsolutePath;
        var last = path.LastIndexOf('/');
        if (last >= 0 && path[(last + 1)..].Contains('.', StringComparison.Ordinal)) path = path[..(last + 1)];
        if (!path.EndsWith('/')) path += "/";
        return new UriBuilder(url.Scheme, url.Host, url.Port, path).Uri;
    }

    /// <summary>
    /// A link made absolute against the site, and moved to https when the site is https and the link points
    /// at the same host over http: real installs write <c>http://</c> links on their https sites, and the
    /// http request is then redirected (or refused) anyway.
    /// </summary>
    public static Uri? Link(Uri site, string link)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!Uri.TryCreate(site, link?.Trim(), out var url) || url.Scheme is not ("http" or "https")) return null;
        if (site.Scheme == Uri.UriSchemeHttps && url.Scheme == Uri.UriSchemeHttp
            && string.Equals(url.Host, site.Host, StringComparison.OrdinalIgnoreCase))
        {
            var builder = new UriBuilder(url) { Scheme = Uri.UriSchemeHttps };
            if (url.IsDefaultPort) builder.Port = -1;
            url = builder.Uri;
        }
        return url;
    }
}
