namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Tolerances of <see cref="RuledRowsFinder"/>.</summary>
/// <param name="MinimumRuleLength">Shorter horizontal rules (points) underline words, not rows.</param>
/// <param name="SameExtent">Rules whose ends differ by at most this (points) belong to one table.</param>
/// <param name="OpenRowGap">Blank space, in font sizes, that may part two lines of an open last row (a blank line between paragraphs).</param>
/// <param name="ChunkGap">In the header band, a gap wider than this many font sizes parts two cells' words.</param>
internal sealed record RuledRowsOptions(double MinimumRuleLength = 100, double SameExtent = 4, double OpenRowGap = 2.5, double ChunkGap = 0.9)
{
    public static readonly RuledRowsOptions Default = new();
}
