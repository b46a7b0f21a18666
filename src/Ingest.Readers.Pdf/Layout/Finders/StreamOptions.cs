namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>Tolerances of <see cref="StreamFinder"/> (<c>stream:</c> in <c>extraction-rules/pdf-layout.yaml</c>).</summary>
public sealed record StreamOptions
{
    /// <summary>A gap wider than this many font sizes separates chunks (cells) of a line.</summary>
    public double ChunkGap { get; init; } = 0.9;

    /// <summary>Fewer tabular lines than this are a list or a line of figures, not a table.</summary>
    public int MinimumRows { get; init; } = 3;

    /// <summary>Word edges this close (points) are aligned: one column's left, right or centre line.</summary>
    public double EdgeTolerance { get; init; } = 1.0;

    /// <summary>
    /// A narrow gutter separates columns when at least this share of the lines it splits (and at least
    /// <see cref="MinimumRows"/> of them) have a word edge on its line: numbers one space apart are two cells
    /// when the rows align them, while the space inside "Kingston upon Thames" lines up with nothing.
    /// </summary>
    public double EdgeSupport { get; init; } = 0.6;

    /// <summary>
    /// A narrow gutter where at least this share of the lines it splits run on from a word ending in a letter to one
    /// starting in lower case cuts phrases, not columns: words that happen to end on one line inside names.
    /// </summary>
    public double PhraseShare { get; init; } = 0.5;

    /// <summary>Lines further apart than this many font sizes (box to box) are not one run of table lines.</summary>
    public double RunGap { get; init; } = 1.6;

    /// <summary>Header lines just above a run that may be cut at its gutters.</summary>
    public int HeaderLines { get; init; } = 2;

    /// <summary>A line of this many words or more, with fewer than two figures, is running prose.</summary>
    public int ProseWords { get; init; } = 8;

    /// <summary>How far (font sizes) a header centred in its cell may stand from the column of marks or figures it heads.</summary>
    public double HeaderReach { get; init; } = 2;

    /// <summary>Font sizes from a block's left edge within which a line of one chunk above it starts as a title does, not as a header.</summary>
    public double TitleIndent { get; init; } = 2;

    /// <summary>
    /// A line of marks alone whose middle is within this many font sizes under a row's last line belongs to that row:
    /// a mark centred in a cell of two lines lies between them.
    /// </summary>
    public double MarkReach { get; init; } = 0.5;
}
