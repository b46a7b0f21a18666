using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>A paragraph of body text: wrapped lines of one style joined with spaces.</summary>
/// <param name="Size">The font size of its first line.</param>
internal sealed record Paragraph(string Text, BoundingBox Box, double Size);

/// <summary>
/// Joins body lines into paragraphs the way a reader sees them: same size and weight, ordinary line
/// spacing, same left edge (or the hanging indent of a bullet). Headings differ in size or weight
/// and so stay paragraphs of their own, which is what a table's context needs.
/// </summary>
internal static class ParagraphBuilder
{
    public static List<Paragraph> Build(IEnumerable<TextLine> lines)
    {
        var ordered = lines.Where(l => l.Angle == 0).OrderBy(l => l.Baseline).ThenBy(l => l.Box.Left).ToList();
        var paragraphs = new List<Paragraph>();
        TextLine? previous = null;
        var text = new System.Text.StringBuilder();
        BoundingBox? box = null;
        var size = 0.0;
        foreach (var line in ordered)
        {
            if (previous is not null && Continues(previous, line))
            {
                var last = text.Length > 0 ? text[^1] : ' ';
                var next = line.Text;
                if (!(last == '-' && next.Length > 0 && char.IsLower(next[0]) && text.Length > 1 && char.IsLetter(text[^2])))
                    text.Append(' ');
                text.Append(next);
                box = box!.Union(line.Box);
            }
            else
            {
                Flush();
                text.Append(line.Text);
                box = line.Box;
                size = line.Size;
            }
            previous = line;
        }
        Flush();
        // Turned text (a vertical label outside any table) reads as paragraphs of its own.
        paragraphs.AddRange(lines.Where(l => l.Angle != 0).Select(l => new Paragraph(l.Text, l.Box, l.Size)));
        return paragraphs;

        void Flush()
        {
            var value = text.ToString().Trim();
            if (value.Length > 0 && box is not null) paragraphs.Add(new Paragraph(value, box, size));
            text.Clear();
            box = null;
        }
    }

    private static bool Continues(TextLine previous, TextLine line)
    {
        if (Math.Abs(previous.Size - line.Size) > 0.6 || previous.IsBold != line.IsBold) return false;
        var leading = line.Baseline - previous.Baseline;
        if (leading <= 0 || leading > 1.5 * line.Size) return false;
        // Lines side by side in columns are not one paragraph: the next line must sit under this one.
        if (line.Box.Left > previous.Box.Right || line.Box.Right < previous.Box.Left) return false;
        if (Math.Abs(line.Box.Left - previous.Box.Left) <= 2) return true;
        // The hanging indent of a bullet: the wrapped line starts under the item's text.
        return previous.Words.Count > 1 && Math.Abs(line.Box.Left - previous.Words[1].Box.Left) <= 2
                                        && previous.Words[0].Text.Length <= 2;
    }
}
