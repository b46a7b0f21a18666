using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Lines that are only the edge of a cell's shading. A dark fill's blurred side is a column of dark pixels one to
/// three wide, a thin run like a rule's, while the fill itself is too thick to be one: seed 1717's Eastbourne, a
/// greyscale scan whose red status cells turn almost black, got a "rule" down either side of each such cell, and
/// its table, ruled only between rows, fell apart around them. A line that runs along a fill's side and no further
/// than the fill (or fills stacked along that side) is that side; a table's own rule along a filled cell runs on past it.
/// </summary>
internal static class FillEdges
{
    /// <param name="fills">Shading found in the scan as dark as ink, in pixels.</param>
    /// <param name="reach">Pixels: how far from the fill's side a line may lie, and past its ends it may run.</param>
    public static IReadOnlyList<PixelRule> Drop(IReadOnlyList<PixelRule> rules, IReadOnlyList<(int Left, int Top, int Right, int Bottom)> fills, int reach)
    {
        if (fills.Count == 0) return rules;
        var kept = rules.Where(r => !Along(r, fills, reach)).ToList();
        return kept.Count == rules.Count ? rules : kept;
    }

    private static bool Along(PixelRule rule, IReadOnlyList<(int Left, int Top, int Right, int Bottom)> fills, int reach)
    {
        // Fills stacked along one side (the status cells of rows one under another) make one side together.
        var spans = new List<(int From, int To)>();
        foreach (var fill in fills)
        {
            var (near, far, from, to) = rule.Horizontal ? (fill.Top, fill.Bottom, fill.Left, fill.Right) : (fill.Left, fill.Right, fill.Top, fill.Bottom);
            if (Math.Abs(rule.Across - near) <= reach || Math.Abs(rule.Across - far) <= reach) spans.Add((from - reach, to + reach));
        }
        var covered = rule.Start;
        foreach (var (from, to) in spans.OrderBy(s => s.From))
        {
            if (from > covered) break;
            covered = Math.Max(covered, to);
        }
        return spans.Count > 0 && covered >= rule.End;
    }

    /// <summary>
    /// A fill as dark as ink (<see cref="ImageRules.Ink"/>), whose blurred side can pass for a rule; a paler fill's
    /// side cannot, and a rule along it (under a shaded header band, say) is the table's own.
    /// </summary>
    public static bool IsDark(string? colour) => Luma(colour) < ImageRules.Ink;

    /// <summary>A fill's colour ("RRGGBB") as brightness (0-255); 255 when it has none.</summary>
    public static int Luma(string? colour)
    {
        if (colour is not { Length: 6 }) return 255;
        int Channel(int at) => int.Parse(colour.AsSpan(at, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return (Channel(0) * 299 + Channel(2) * 587 + Channel(4) * 114) / 1000;
    }

    /// <summary>A fill found in points, back in the picture's pixels.</summary>
    public static (int Left, int Top, int Right, int Bottom) InPixels(BoundingBox box, double scale) =>
        ((int)Math.Round(box.Left / scale), (int)Math.Round(box.Top / scale), (int)Math.Round(box.Right / scale), (int)Math.Round(box.Bottom / scale));
}
