namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>A rectangle of cells, 0-based and inclusive, as a mergeCell ref describes it.</summary>
internal readonly record struct CellRange(int Top, int Left, int Bottom, int Right)
{
    public static CellRange? TryParse(string? reference)
    {
        if (reference is null) return null;
        var colon = reference.IndexOf(':');
        var first = colon < 0 ? reference.AsSpan() : reference.AsSpan(0, colon);
        var last = colon < 0 ? reference.AsSpan() : reference.AsSpan(colon + 1);
        if (!CellAddress.TryParse(first.Trim(), out var r1, out var c1) || !CellAddress.TryParse(last.Trim(), out var r2, out var c2))
            return null;
        return new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
    }

    public bool IsSingleCell => Top == Bottom && Left == Right;

    public bool Contains(int row, int column) => row >= Top && row <= Bottom && column >= Left && column <= Right;
}
