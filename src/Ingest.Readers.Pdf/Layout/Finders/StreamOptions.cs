namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Tolerances of <see cref="StreamFinder"/>.</summary>
/// <param name="ChunkGap">A gap wider than this many font sizes separates chunks (cells) of a line.</param>
/// <param name="MinimumRows">Fewer tabular lines than this are a list or a line of figures, not a table.</param>
internal sealed record StreamOptions(double ChunkGap = 0.9, int MinimumRows = 3)
{
    public static readonly StreamOptions Default = new();
}
