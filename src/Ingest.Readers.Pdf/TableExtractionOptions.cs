using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf;

/// <summary>How tables are looked for: tabula's choices.</summary>
public enum ExtractionMode
{
    /// <summary>Ruled tables where there are ruling lines, aligned text elsewhere.</summary>
    Auto,

    /// <summary>Only tables drawn with ruling lines.</summary>
    Lattice,

    /// <summary>Only tables found from the alignment of text (rules are ignored).</summary>
    Stream,
}

/// <param name="Pages">Pages to read ("1,3-5"); null for all.</param>
/// <param name="Area">
/// Only this part of each page: points from the page's top-left corner, as tabula's
/// <c>top,left,bottom,right</c>. Null for the whole page.
/// </param>
/// <param name="Layout">The table finders' tolerances (<c>extraction-rules/pdf-layout.yaml</c>); null for the defaults.</param>
public sealed record TableExtractionOptions(
    PageSelection? Pages = null,
    BoundingBox? Area = null,
    ExtractionMode Mode = ExtractionMode.Auto,
    Layout.Finders.PdfLayoutRules? Layout = null)
{
    public static readonly TableExtractionOptions Default = new();

    /// <summary>Parses tabula's area "top,left,bottom,right" (points).</summary>
    public static BoundingBox ParseArea(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4
            || !double.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var top)
            || !double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var left)
            || !double.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var bottom)
            || !double.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out var right))
            throw new FormatException($"an area is top,left,bottom,right in points, not '{text}'");
        if (bottom <= top || right <= left)
            throw new FormatException($"the area '{text}' is empty: bottom must be below top and right beyond left");
        return new BoundingBox(left, top, right, bottom);
    }
}
