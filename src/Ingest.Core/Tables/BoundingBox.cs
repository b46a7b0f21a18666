namespace Ingest.Core.Tables;

/// <summary>A rectangle in page coordinates (points, origin top-left), for provenance and highlighting.</summary>
public sealed record BoundingBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double Area => Math.Max(0, Width) * Math.Max(0, Height);

    /// <summary>Whether the two boxes share some area (touching edges do not).</summary>
    public bool Intersects(BoundingBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>The area the two boxes share; 0 when they do not meet.</summary>
    public double IntersectionArea(BoundingBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var width = Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
        var height = Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top);
        return width <= 0 || height <= 0 ? 0 : width * height;
    }

    /// <summary>The share of this box's area that lies inside <paramref name="other"/> (0 for an empty box).</summary>
    public double ShareInside(BoundingBox other)
    {
        var area = Area;
        return area <= 0 ? 0 : IntersectionArea(other) / area;
    }

    /// <summary>This box grown by <paramref name="by"/> on every side.</summary>
    public BoundingBox Expanded(double by) => new(Left - by, Top - by, Right + by, Bottom + by);

    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Top, other.Top),
        Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    /// <summary>Whether the other box's centre lies in this one (edges included): which cell a word is in.</summary>
    public bool ContainsCentreOf(BoundingBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var x = (other.Left + other.Right) / 2;
        var y = (other.Top + other.Bottom) / 2;
        return x >= Left && x <= Right && y >= Top && y <= Bottom;
    }
}
