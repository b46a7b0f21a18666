namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Joins ruling lines that continue each other: Word's PDF export draws one cell border as several
/// short rectangles, and LibreOffice draws each cell's border separately. Collinear pieces (positions
/// within <see cref="PositionTolerance"/>) that touch or overlap (gaps up to <see cref="GapTolerance"/>)
/// become one segment. Sorting keeps this n log n.
/// </summary>
internal static class SegmentMerger
{
    public const double PositionTolerance = 1.5;
    public const double GapTolerance = 2.5;

    public static List<Segment> Merge(IEnumerable<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var horizontal in new[] { true, false })
        {
            var sorted = segments.Where(s => s.Horizontal == horizontal).OrderBy(s => s.Position).ToList();
            var i = 0;
            while (i < sorted.Count)
            {
                // One band of (nearly) equal positions, then its pieces joined along the line.
                var j = i;
                while (j + 1 < sorted.Count && sorted[j + 1].Position - sorted[j].Position <= PositionTolerance
                       && sorted[j + 1].Position - sorted[i].Position <= 2 * PositionTolerance)
                    j++;
                var band = sorted.GetRange(i, j - i + 1);
                band.Sort(static (a, b) => a.Start.CompareTo(b.Start));
                var current = band[0];
                var weight = current.Length;
                var weightedPosition = current.Position * Math.Max(weight, 0.01);
                foreach (var next in band.Skip(1))
                {
                    if (next.Start <= current.End + GapTolerance)
                    {
                        weightedPosition += next.Position * Math.Max(next.Length, 0.01);
                        weight += Math.Max(next.Length, 0.01);
                        current = current with { End = Math.Max(current.End, next.End) };
                        continue;
                    }
                    merged.Add(current with { Position = weightedPosition / Math.Max(weight, 0.01) });
                    current = next;
                    weight = Math.Max(next.Length, 0.01);
                    weightedPosition = next.Position * weight;
                }
                merged.Add(current with { Position = weightedPosition / Math.Max(weight, 0.01) });
                i = j + 1;
            }
        }
        return merged;
    }
}
