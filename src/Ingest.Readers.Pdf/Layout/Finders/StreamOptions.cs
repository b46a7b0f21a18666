namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Tolerances of <see cref="StreamFinder"/>.</summary>
/// <param name="ChunkGap">A gap wider than this many font sizes separates chunks (cells) of a line.</param>
/// <param name="MinimumRows">Fewer tabular lines than this are a list or a line of figures, not a table.</param>
/// <param name="EdgeTolerance">Word edges this close (points) are aligned: one column's left, right or centre line.</param>
/// <param name="EdgeSupport">
/// A narrow gutter separates columns when at least this share of the lines it splits (and at least
/// <paramref name="MinimumRows"/> of them) have a word edge on its line: numbers one space apart are two cells
/// when the rows align them, while the space inside "Kingston upon Thames" lines up with nothing.
/// </param>
internal sealed record StreamOptions(double ChunkGap = 0.9, int MinimumRows = 3, double EdgeTolerance = 1.0, double EdgeSupport = 0.6)
{
    public static readonly StreamOptions Default = new();
}
