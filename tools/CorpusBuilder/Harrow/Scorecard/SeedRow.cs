using CorpusBuilder.Word;
using Ingest.Core.Tables;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>One cell of the seed table, as formatted runs.</summary>
internal sealed record SeedCell(IReadOnlyList<TextPiece> Pieces)
{
    public string Text => string.Concat(Pieces.Select(p => p.Text));

    /// <summary>Whitespace collapsed, the way the contract compares and writes cell text.</summary>
    public string Clean => TextNormaliser.Collapse(Text);

    public bool IsBold => Pieces.Any(p => p.Text.Trim().Length > 0) && Pieces.Where(p => p.Text.Trim().Length > 0).All(p => p.Bold);

    public bool IsItalic => Pieces.Any(p => p.Text.Trim().Length > 0) && Pieces.Where(p => p.Text.Trim().Length > 0).All(p => p.Italic);
}

internal enum SeedRowKind { Header, Priority, Objective, QualitativeNote, Indicator }

/// <param name="SeedLine">1-based line of the row in seed 000_8efac4ebce8985b5.txt, for review.</param>
internal sealed record SeedRow(int SeedLine, SeedRowKind Kind, IReadOnlyList<SeedCell> Cells)
{
    public SeedCell this[int column] => Cells[column];
}
