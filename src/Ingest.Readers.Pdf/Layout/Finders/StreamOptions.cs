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
/// <param name="RunGap">Lines further apart than this many font sizes (box to box) are not one run of table lines.</param>
/// <param name="HeaderLines">Header lines just above a run that may be cut at its gutters.</param>
/// <param name="ProseWords">A line of this many words or more, with fewer than two figures, is running prose.</param>
internal sealed record StreamOptions(double ChunkGap = 0.9, int MinimumRows = 3, double EdgeTolerance = 1.0, double EdgeSupport = 0.6,
    double RunGap = 1.6, int HeaderLines = 2, int ProseWords = 8)
{
    public static readonly StreamOptions Default = new();
}
