namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Tolerances of <see cref="RuledRowsFinder"/> (<c>ruled_rows:</c> in <c>extraction-rules/pdf-layout.yaml</c>).</summary>
public sealed record RuledRowsOptions
{
    /// <summary>Shorter horizontal rules (points) underline words, not rows.</summary>
    public double MinimumRuleLength { get; init; } = 100;

    /// <summary>Rules whose ends differ by at most this (points) belong to one table.</summary>
    public double SameExtent { get; init; } = 4;

    /// <summary>Blank space, in font sizes, that may part two lines of an open last row (a blank line between paragraphs).</summary>
    public double OpenRowGap { get; init; } = 2.5;

    /// <summary>In the header band, a gap wider than this many font sizes parts two cells' words.</summary>
    public double ChunkGap { get; init; } = 0.9;

    /// <summary>A rule this many font sizes or less under a header word, with no word between, underlines it (its cell's bottom border).</summary>
    public double UnderlineReach { get; init; } = 1.5;

    /// <summary>How far (font sizes) a header centred in its cell may stand from the figures under it that it heads.</summary>
    public double HeaderReach { get; init; } = 2;
}
