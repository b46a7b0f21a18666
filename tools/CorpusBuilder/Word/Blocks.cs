using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>Body paragraphs in the styles that <see cref="StylesPart"/> defines.</summary>
internal static class Blocks
{
    public static Paragraph Paragraph(IEnumerable<IInline> content, string? style = null, bool bullet = false)
    {
        var paragraph = new Paragraph();
        if (style is not null || bullet)
        {
            var properties = new ParagraphProperties();
            if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
            if (bullet)
                properties.Append(new NumberingProperties(
                    new NumberingLevelReference { Val = 0 },
                    new NumberingId { Val = NumberingPart.BulletListId }));
            paragraph.Append(properties);
        }
        foreach (var inline in content) paragraph.Append(inline.ToRun());
        return paragraph;
    }

    public static Paragraph Text(string text, string? style = null) =>
        Paragraph(text.Length == 0 ? [] : [new TextPiece(text)], style);

    public static Paragraph Heading1(string text) => Text(text, StylesPart.Heading1);

    public static Paragraph Heading2(string text) => Text(text, StylesPart.Heading2);

    public static Paragraph Bullet(string text) => Paragraph([new TextPiece(text)], bullet: true);

    public static Paragraph Empty() => new();
}
