using AngleSharp.Dom;

namespace Ingest.Readers.Html;

/// <summary>
/// Navigation chrome of a page saved from a council website (menus, breadcrumbs, site header and
/// footer, cookie banners): its text is not report text and would otherwise become a table's context.
/// </summary>
internal static class PageChrome
{
    private static readonly string[] ChromeRoles = ["navigation", "banner", "contentinfo", "search"];
    private static readonly string[] ChromeWords = ["breadcrumb", "cookie", "consent", "menu", "masthead", "skiplink", "skip-link", "skip-to"];
    private static readonly string[] ChromeNames = ["header", "footer", "site-header", "site-footer", "page-footer", "global-header", "global-footer"];

    public static bool IsChrome(IElement element)
    {
        switch (element.LocalName)
        {
            case "nav" or "aside":
                return true;
            case "header" or "footer":
                // Inside an article or section these are that content's own heading and notes.
                return !HasSectioningAncestor(element);
            case "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption":
                return false;
        }

        var role = element.GetAttribute("role");
        if (role is not null && role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(r => ChromeRoles.Contains(r, StringComparer.OrdinalIgnoreCase)))
            return true;

        if (!NamedLikeChrome(element)) return false;
        // A content wrapper whose class merely mentions navigation ("page-with-subnav") still holds the report.
        return element.QuerySelector("table, main, article, h1") is null;
    }

    private static bool HasSectioningAncestor(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            if (parent.LocalName is "article" or "aside" or "main" or "nav" or "section") return true;
        return false;
    }

    private static bool NamedLikeChrome(IElement element)
    {
        foreach (var name in element.ClassList)
            if (LooksLikeChrome(name)) return true;
        return !string.IsNullOrEmpty(element.Id) && LooksLikeChrome(element.Id);
    }

    private static bool LooksLikeChrome(string name)
    {
        var lower = name.ToLowerInvariant();
        if (ChromeNames.Contains(lower)) return true;
        if (ChromeWords.Any(word => lower.Contains(word, StringComparison.Ordinal))) return true;
        // "nav", "navbar", "subnav", "main-navigation", but not "navy" or "canvas".
        return lower.Split('-', '_').Any(part => part != "navy" && (part.StartsWith("nav", StringComparison.Ordinal) || part.EndsWith("nav", StringComparison.Ordinal)));
    }
}
