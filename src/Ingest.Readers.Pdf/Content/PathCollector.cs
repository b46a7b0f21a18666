using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Collects one traced path (already in page coordinates) and answers the two questions table finding
/// asks of paths: which straight axis-aligned segments does it stroke, and which rectangles does it fill.
/// Curves only break segments: a rounded box is not a ruling line.
/// </summary>
internal sealed class PathCollector
{
    private readonly List<SubPath> _subPaths = [];
    private SubPath? _current;

    public void MoveTo((double X, double Y) point)
    {
        _current = new SubPath();
        _current.Points.Add(point);
        _subPaths.Add(_current);
    }

    public void LineTo((double X, double Y) point)
    {
        if (_current is null) MoveTo(point);
        else _current.Points.Add(point);
    }

    public void CurveTo((double X, double Y) end)
    {
        if (_current is null) MoveTo(end);
        else
        {
            _current.Curved = true;
            (_current.Breaks ??= []).Add(_current.Points.Count);
            _current.Points.Add(end);
        }
    }

    public void Close()
    {
        if (_current is null) return;
        _current.Closed = true;
        // Drawing continues from the start point of a closed subpath.
        var start = _current.Points[0];
        _current = new SubPath();
        _current.Points.Add(start);
        _subPaths.Add(_current);
    }

    /// <summary>Straight segments that run horizontally or vertically (within half a point).</summary>
    public IEnumerable<((double X, double Y) A, (double X, double Y) B)> StraightSegments()
    {
        foreach (var path in _subPaths)
        {
            var points = path.Points;
            for (var i = 1; i < points.Count; i++)
            {
                if (path.Breaks?.Contains(i) == true) continue;
                if (IsAxisAligned(points[i - 1], points[i])) yield return (points[i - 1], points[i]);
            }
            if (path.Closed && points.Count > 2 && IsAxisAligned(points[^1], points[0]))
                yield return (points[^1], points[0]);
        }
    }

    /// <summary>Subpaths that are axis-aligned rectangles (a fill closes every subpath implicitly).</summary>
    public IEnumerable<(double Left, double Top, double Right, double Bottom)> Rectangles()
    {
        foreach (var path in _subPaths)
        {
            if (path.Curved) continue;
            var points = path.Points;
            var count = points.Count;
            if (count >= 2 && Near(points[^1], points[0])) count--;
            if (count != 4) continue;
            var isRectangle = true;
            for (var i = 0; i < 4 && isRectangle; i++)
                isRectangle = IsAxisAligned(points[i], points[(i + 1) % 4]);
            if (!isRectangle) continue;
            var left = Math.Min(Math.Min(points[0].X, points[1].X), Math.Min(points[2].X, points[3].X));
            var right = Math.Max(Math.Max(points[0].X, points[1].X), Math.Max(points[2].X, points[3].X));
            var top = Math.Min(Math.Min(points[0].Y, points[1].Y), Math.Min(points[2].Y, points[3].Y));
            var bottom = Math.Max(Math.Max(points[0].Y, points[1].Y), Math.Max(points[2].Y, points[3].Y));
            if (right - left > 0 && bottom - top > 0) yield return (left, top, right, bottom);
        }
    }

    /// <summary>
    /// Small filled shapes that stand for a character: a round dot (a RAG bullet drawn as an ellipse), a
    /// triangle, or an arrow drawn as one polygon (head and stem). The way a shape points is the end
    /// where its outline narrows to a point: an up arrow's top is its tip, its bottom the stem's width.
    /// </summary>
    public IEnumerable<(BoundingBox Box, string Text)> Marks()
    {
        foreach (var path in _subPaths)
        {
            var points = path.Points;
            if (points.Count < 3) continue;
            var left = points.Min(p => p.X);
            var right = points.Max(p => p.X);
            var top = points.Min(p => p.Y);
            var bottom = points.Max(p => p.Y);
            var (width, height) = (right - left, bottom - top);
            if (width is < MarkMin or > MarkMax || height is < MarkMin or > MarkMax) continue;
            var box = new BoundingBox(left, top, right, bottom);
            if (path.Curved)
            {
                if (width <= 1.4 * height && height <= 1.4 * width) yield return (box, "\u25CF");
                continue;
            }
            var corners = points.Count > 3 && Near(points[^1], points[0]) ? points.Count - 1 : points.Count;
            if (corners is < 3 or > 9) continue;
            if (corners == 4 && Enumerable.Range(0, 4).All(i => IsAxisAligned(points[i], points[(i + 1) % 4]))) continue;
            if (Pointing(points.Take(corners).ToList(), box) is not { } direction) continue;
            var triangle = corners == 3;
            yield return (box, direction switch
            {
                'u' => triangle ? "\u25B2" : "\u2191",
                'd' => triangle ? "\u25BC" : "\u2193",
                _ => triangle ? "\u25BA" : "\u2192",
            });
        }
    }

    /// <summary>A mark is at least this big and at most this big (points) each way: no speck, no chart.</summary>
    private const double MarkMin = 3, MarkMax = 24;

    /// <summary>'u', 'd' or 'r' (right: a level arrow), or null when the outline narrows at neither end.</summary>
    private static char? Pointing(List<(double X, double Y)> corners, BoundingBox box)
    {
        var vertical = box.Height >= box.Width;
        double Spread(Func<(double X, double Y), bool> atEnd, Func<(double X, double Y), double> across)
        {
            var atThatEnd = corners.Where(atEnd).Select(across).ToList();
            return atThatEnd.Count == 0 ? double.MaxValue : atThatEnd.Max() - atThatEnd.Min();
        }
        var tolerance = 0.08 * Math.Max(box.Width, box.Height);
        if (vertical)
        {
            var topSpread = Spread(p => p.Y <= box.Top + tolerance, p => p.X);
            var bottomSpread = Spread(p => p.Y >= box.Bottom - tolerance, p => p.X);
            if (topSpread < 0.15 * box.Width && bottomSpread > 0.3 * box.Width) return 'u';
            if (bottomSpread < 0.15 * box.Width && topSpread > 0.3 * box.Width) return 'd';
            return null;
        }
        var leftSpread = Spread(p => p.X <= box.Left + tolerance, p => p.Y);
        var rightSpread = Spread(p => p.X >= box.Right - tolerance, p => p.Y);
        return rightSpread < 0.15 * box.Height && leftSpread > 0.3 * box.Height ? 'r' : null;
    }

    private static bool IsAxisAligned((double X, double Y) a, (double X, double Y) b)
    {
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        return dx + dy > 0.01 && (dx <= 0.5 || dy <= 0.5);
    }

    private static bool Near((double X, double Y) a, (double X, double Y) b) =>
        Math.Abs(a.X - b.X) <= 0.01 && Math.Abs(a.Y - b.Y) <= 0.01;

    private sealed class SubPath
    {
        public List<(double X, double Y)> Points { get; } = [];
        /// <summary>Where a curve ends: most paths have none, so the set is made on the first.</summary>
        public HashSet<int>? Breaks { get; set; }
        public bool Curved { get; set; }
        public bool Closed { get; set; }
    }
}
