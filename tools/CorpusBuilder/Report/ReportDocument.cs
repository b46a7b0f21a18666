using CorpusBuilder.Word;

namespace CorpusBuilder.Report;

/// <summary>One block of a report, in reading order, the same for every format it is written in.</summary>
internal abstract record ReportBlock;

/// <param name="Level">1 or 2.</param>
internal sealed record HeadingBlock(int Level, string Text) : ReportBlock;

internal enum ParagraphRole { Body, Bullet, Caption, Note }

internal sealed record ParagraphBlock(IReadOnlyList<IInline> Pieces, ParagraphRole Role = ParagraphRole.Body) : ReportBlock
{
    public static ParagraphBlock Text(string text, ParagraphRole role = ParagraphRole.Body, bool bold = false, bool italic = false) =>
        new(text.Length == 0 ? [] : [new TextPiece(text, Bold: bold, Italic: italic)], role);
}

internal sealed record TableBlock(GridTable Table) : ReportBlock;

/// <summary>A picture (PNG) shown inline at its own size.</summary>
/// <param name="Description">Alternative text.</param>
internal sealed record ImageBlock(byte[] Png, int WidthPixels, int HeightPixels, string Description) : ReportBlock;

/// <summary>A report as a council publishes it: page geometry, running header and footer, blocks.</summary>
/// <param name="PageHeader">Text of the running header on every page, or null.</param>
/// <param name="PageFooter">Text of the running footer, followed by the page number; null for no footer.</param>
/// <param name="Description">Document property note (Word's comments, HTML meta description); derived documents say so here.</param>
internal sealed record ReportDocument(
    string Title,
    string Author,
    DateTimeOffset Created,
    PageSetup Page,
    string? PageHeader,
    string? PageFooter,
    IReadOnlyList<ReportBlock> Blocks,
    string? Description = null)
{
    public IEnumerable<GridTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);
}
