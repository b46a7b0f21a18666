namespace Ingest.Core.Tables;

/// <summary>A rectangle in page coordinates (points, origin top-left), for provenance and highlighting.</summary>
public sealed record BoundingBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;

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
