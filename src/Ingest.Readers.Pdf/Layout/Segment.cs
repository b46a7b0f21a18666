namespace Ingest.Readers.Pdf.Layout;

/// <summary>A horizontal or vertical ruling line in the page frame.</summary>
/// <param name="Position">y of a horizontal segment, x of a vertical one.</param>
/// <param name="Start">Where it starts along its direction (the smaller coordinate).</param>
internal readonly record struct Segment(bool Horizontal, double Position, double Start, double End, string? Colour)
{
    public double Length => End - Start;

    public bool Covers(double from, double to, double tolerance) => Start <= from + tolerance && End >= to - tolerance;
}
