namespace Ingest.Core.Tables;

/// <summary>A rectangle in page coordinates (points, origin top-left), for provenance and highlighting.</summary>
public sealed record BoundingBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;

    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Top, other.Top),
        Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
}
