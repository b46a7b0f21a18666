using CorpusBuilder.Report;
using CorpusBuilder.Word;

namespace CorpusBuilder.Script;

/// <summary>Turns the blocks of a newer transcription (TITLE, H1, H2, P, BULLET, NOTE, TABLE) into report blocks.</summary>
internal static class ScriptReport
{
    public static IReadOnlyList<ReportBlock> Blocks(IEnumerable<ScriptBlock> blocks) => blocks.Select(Block).ToList();

    public static ReportBlock Block(ScriptBlock block) => block switch
    {
        TextBlock { Kind: "H1" } t => new HeadingBlock(1, t.Text),
        TextBlock { Kind: "H2" } t => new HeadingBlock(2, t.Text),
        // Cover lines: the seed's first lines, printed large and bold on the original's front page.
        TextBlock { Kind: "TITLE" } t => new ParagraphBlock([new TextPiece(t.Text, Bold: true)]),
        TextBlock { Kind: "BULLET" } t => new ParagraphBlock(InlineMarkup.Parse(t.Text), ParagraphRole.Bullet),
        TextBlock { Kind: "CAPTION" or "NOTE" } t => new ParagraphBlock(InlineMarkup.Parse(t.Text, italic: true), ParagraphRole.Note),
        TextBlock t => new ParagraphBlock(InlineMarkup.Parse(t.Text)),
        GenericTableBlock table => new TableBlock(Table(table)),
        _ => throw new InvalidDataException($"script line {block.Line}: no report block for {block.GetType().Name}"),
    };

    /// <summary>A table as transcribed; a first row of bold cells is its header, repeated on each page.</summary>
    public static GridTable Table(GenericTableBlock block)
    {
        var rows = block.Rows.Select((row, i) =>
        {
            var header = i == 0 && row.All(c => c.Bold);
            return new GridRow(row.Select(c => GridCell.Text(c.Text, c.Bold, c.Fill)).ToList(), RepeatAsHeader: header, IsHeader: header);
        }).ToList();
        return new GridTable(block.Widths, rows).Checked();
    }
}
