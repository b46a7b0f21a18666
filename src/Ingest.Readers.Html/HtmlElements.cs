using System.Collections.Frozen;

namespace Ingest.Readers.Html;

/// <summary>What the browser's default style sheet says about elements, as far as reading text goes.</summary>
internal static class HtmlElements
{
    /// <summary>Elements whose content is never page text: code, metadata, embedded media, form controls.</summary>
    private static readonly FrozenSet<string> Ignored = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
        "select", "datalist", "option", "optgroup", "button", "input", "textarea",
        "svg", "math", "iframe", "frame", "frameset", "object", "embed", "canvas", "video", "audio", "map", "area",
    ]);

    /// <summary>Block-level elements: each starts and ends a line of text.</summary>
    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
        "plaintext", "pre", "section", "summary", "ul", "xmp", "caption",
        // Only met as flow when a table is read as text (nested too deep).
        "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    ]);

    private static readonly FrozenSet<string> BlockDisplays = FrozenSet.ToFrozenSet(
        ["block", "list-item", "flex", "grid", "table", "flow-root", "table-row", "table-caption"]);

    private static readonly FrozenSet<string> InlineDisplays = FrozenSet.ToFrozenSet(
        ["inline", "inline-block", "inline-flex", "inline-grid", "inline-table", "contents", "table-cell"]);

    public static bool IsIgnored(string name) => Ignored.Contains(name);

    public static bool IsBlock(string name, string? display)
    {
        if (display is not null)
        {
            if (BlockDisplays.Contains(display)) return true;
            if (InlineDisplays.Contains(display)) return false;
        }
        return Blocks.Contains(name);
    }

    public static bool IsBoldByDefault(string name) => name is "b" or "strong" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public static bool IsPreformatted(string name) => name is "pre" or "listing" or "xmp" or "plaintext";
}
