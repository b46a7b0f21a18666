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
