using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A table's ruling line runs on under a shaded cell, but in a scan it cannot be seen there: two
/// amber RAG cells one above the other print as one amber block. Without the line the rows it
/// separated would merge, so a horizontal line that stops at a fill's edge, well inside the fill's
/// height, is carried through the fill. Vertical lines are not: a tinted band spanning the columns (a
/// section heading) stops them the same way, and there the columns really are merged.
/// </summary>
internal static class RulesThroughFills
{
    /// <summary>How far (points) a line's end may be from the fill's edge and still be stopped by it.</summary>
    private const double Reach = 4;

    /// <summary>A line this near a fill's own top or bottom (left or right) is its border, not a line through it.</summary>
    private const double Inside = 3;

    public static IReadOnlyList<Rule> Extend(IReadOnlyList<Rule> rules, IReadOnlyList<FilledRect> fills)
    {
        var added = new List<Rule>();
        foreach (var fill in fills)
        {
            var box = fill.Box;
            foreach (var rule in rules)
            {
                if (rule.IsHorizontal && Stops(rule.Y1, box.Top, box.Bottom, Math.Min(rule.X1, rule.X2), Math.Max(rule.X1, rule.X2), box.Left, box.Right))
                    added.Add(rule with { X1 = box.Left, X2 = box.Right, Y2 = rule.Y1 });
            }
        }
        if (added.Count == 0) return rules;
        // Lines on both sides of a fill each carry it through: one copy is enough.
        var distinct = added.DistinctBy(r => (Math.Round(r.X1), Math.Round(r.Y1), Math.Round(r.X2), Math.Round(r.Y2)));
        return rules.Concat(distinct).ToList();
    }

    /// <param name="across">Where the line is, across its length.</param>
    /// <param name="low">The fill's extent across the line.</param>
    /// <param name="start">Where the line starts and ends along its length.</param>
    /// <param name="near">The fill's extent along the line.</param>
    private static bool Stops(double across, double low, double high, double start, double end, double near, double far)
    {
        if (across < low + Inside || across > high - Inside) return false;
        return Math.Abs(end - near) <= Reach || Math.Abs(start - far) <= Reach;
    }
}
