namespace CorpusBuilder.Html;

/// <summary>How a page gives a table cell its background: inline CSS or the old bgcolor attribute.</summary>
internal enum FillMarkup { InlineStyle, BgColor }

/// <summary>
/// The committee website around a report: site banner, navigation, breadcrumb and footer, as council sites
/// (ModernGov and the like) wrap a published paper. None of it is a table, so table numbers match the document's.
/// </summary>
internal sealed record SiteChrome(
    string SiteName,
    IReadOnlyList<(string Text, string Href)> Navigation,
    IReadOnlyList<string> Breadcrumb,
    string Footer,
    FillMarkup Fills);
