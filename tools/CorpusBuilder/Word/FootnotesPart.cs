using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>word/footnotes.xml: the two separator notes Word always writes, then one note per reference.</summary>
internal static class FootnotesPart
{
    public const int SeparatorId = -1;
    public const int ContinuationSeparatorId = 0;

    public static Footnotes Build(IReadOnlyList<FootnotePiece> notes)
    {
        var part = new Footnotes(
            Special(SeparatorId, FootnoteEndnoteValues.Separator, new SeparatorMark()),
            Special(ContinuationSeparatorId, FootnoteEndnoteValues.ContinuationSeparator, new ContinuationSeparatorMark()));
        foreach (var note in notes)
        {
            part.Append(new Footnote(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = FootnotePiece.TextStyle }),
                new Run(new RunProperties(new RunStyle { Val = FootnotePiece.ReferenceStyle }), new FootnoteReferenceMark()),
                new Run(new Text(" " + note.NoteText) { Space = SpaceProcessingModeValues.Preserve })))
            { Id = note.Id });
        }
        return part;
    }

    private static Footnote Special(int id, FootnoteEndnoteValues type, OpenXmlElement mark) => new(new Paragraph(
        new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new Run(mark)))
    { Type = type, Id = id };
}
