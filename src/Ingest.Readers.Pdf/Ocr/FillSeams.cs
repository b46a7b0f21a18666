using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Column edges where two fills of different colours meet side by side. A KPI box's title cell (pale blue-grey) and
/// its status cell (red, green or amber) are parted by a thin grey border that the scan blurs into the red: no run
/// dark and clean enough for a rule is left, and without it the two cells were read as one, title and rating run
/// together, and the box's figures were lost (seed 1717's Caerphilly, Lewes, East Lothian). Where the fills meet is
/// where the cells meet, so a rule is handed on there, as long as the two stand side by side.
/// </summary>
internal static class FillSeams
{
    /// <param name="maxGap">Points at most between the two fills (the border between them).</param>
    /// <param name="minOverlap">Share of the shorter fill's height the two share at least.</param>
    /// <param name="sameColour">Sum of channel differences (0-765) within which two fills are one colour.</param>
    public static IReadOnlyList<Rule> Find(IReadOnlyList<FilledRect> fills, double maxGap, double minOverlap, int sameColour)
    {
        var seams = new List<Rule>();
        foreach (var left in fills)
        foreach (var right in fills)
        {
            if (ReferenceEquals(left, right) || right.Box.Left < left.Box.Right - maxGap || right.Box.Left - left.Box.Right > maxGap) continue;
            var top = Math.Max(left.Box.Top, right.Box.Top);
            var bottom = Math.Min(left.Box.Bottom, right.Box.Bottom);
            if (bottom - top < minOverlap * Math.Min(left.Box.Height, right.Box.Height)) continue;
            if (Distance(left.Colour, right.Colour) <= sameColour) continue;
            var x = (left.Box.Right + right.Box.Left) / 2;
            seams.Add(new Rule(x, top, x, bottom, 0.5, null));
        }
        return seams;
    }

    private static int Distance(string? a, string? b)
    {
        if (a is not { Length: 6 } || b is not { Length: 6 }) return int.MaxValue;
        var sum = 0;
        for (var i = 0; i < 6; i += 2) sum += Math.Abs(Channel(a, i) - Channel(b, i));
        return sum;
    }

    private static int Channel(string hex, int at) =>
        int.Parse(hex.AsSpan(at, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
