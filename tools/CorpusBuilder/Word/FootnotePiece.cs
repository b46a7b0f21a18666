using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>
/// A real Word footnote: the reference mark in the text (w:footnoteReference, numbered by Word) and the
/// note's text in the footnotes part. HTML and XLSX print the number as a superscript instead.
/// </summary>
/// <param name="Id">Footnote id, 1-based in the order the notes appear; also the number printed.</param>
internal sealed record FootnotePiece(int Id, string NoteText) : IInline
{
    public const string ReferenceStyle = "FootnoteReference";
    public const string TextStyle = "FootnoteText";

    public Run ToRun() => new(
        new RunProperties(new RunStyle { Val = ReferenceStyle }),
        new FootnoteReference { Id = Id });
}
