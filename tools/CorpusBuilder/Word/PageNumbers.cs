using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder.Word;

/// <summary>A running footer line: its text, then "Page N of M" as Word's PAGE and NUMPAGES fields.</summary>
internal static class PageNumbers
{
    public static Paragraph Paragraph(string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        if (text.Length > 0) paragraph.Append(new TextPiece(text + "\t").ToRun());
        paragraph.Append(new TextPiece("Page ").ToRun());
        paragraph.Append(Field("PAGE"));
        paragraph.Append(new TextPiece(" of ").ToRun());
        paragraph.Append(Field("NUMPAGES"));
        return paragraph;
    }

    // The cached result "1" is what a reader that does not update fields shows; Word recomputes it.
    private static SimpleField Field(string name) => new(new Run(new Text("1"))) { Instruction = $" {name} " };
}
