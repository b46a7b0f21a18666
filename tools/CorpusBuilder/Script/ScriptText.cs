using CorpusBuilder.Word;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Script;

/// <summary>Draws the paragraph blocks and generic tables of a layout script.</summary>
internal static class ScriptText
{
    public static Paragraph Paragraph(TextBlock block) => block.Kind switch
    {
        "H1" => Blocks.Heading1(block.Text),
        "H2" => Blocks.Heading2(block.Text),
        "BULLET" => Blocks.Bullet(block.Text),
        // Chart titles and footnote text: small italic, as captions and notes usually are.
        "CAPTION" or "NOTE" => Blocks.Paragraph([new TextPiece(block.Text, Italic: true)]),
        _ => Blocks.Text(block.Text),
    };

    public static Table Table(GenericTableBlock block)
    {
        var table = new TableBuilder(block.Widths);
        foreach (var row in block.Rows)
            table.AddRow(row.Select(c => CellSpec.Text(c.Text, c.Bold, c.Fill)).ToList());
        return table.Build();
    }
}
