namespace Ingest.Core.Tables;

/// <summary>What a reader gives the rest of the pipeline: the document's text and its tables.</summary>
/// <param name="Paragraphs">Body text outside tables in reading order, page headers/footers first.</param>
public sealed record DocumentContent(
    DocumentSource Source,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Table> Tables,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The engine that read the file where a format has several (PDF: "pdfpig" or "mutool"); null otherwise.</summary>
    public string? ReadWith { get; init; }

    /// <summary>
    /// The title the file declares about itself (a Word or Excel file's document properties, an HTML
    /// page's <c>&lt;title&gt;</c>), collapsed to one line; null where it declares none. It is not body
    /// text, so it is not among <see cref="Paragraphs"/>.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// The named parts the body is divided into (a workbook's sheets), in reading order, each with the
    /// position in <see cref="Paragraphs"/> where its text begins; empty where a format has none.
    /// </summary>
    public IReadOnlyList<DocumentPart> Parts { get; init; } = [];

    /// <summary>
    /// Everything the document says about itself in reading order: its title, then the paragraphs with
    /// each part's name just before that part's text. A report states its council, period and kind in
    /// any of these ("Q3 2023-24" is as often a sheet's name as a heading).
    /// </summary>
    public IEnumerable<string> StatedText()
    {
        if (Title is not null) yield return Title;
        var part = 0;
        for (var paragraph = 0; paragraph <= Paragraphs.Count; paragraph++)
        {
            while (part < Parts.Count && Parts[part].FirstParagraph <= paragraph) yield return Parts[part++].Name;
            if (paragraph < Paragraphs.Count) yield return Paragraphs[paragraph];
        }
    }
}

/// <summary>Identity of an input file.</summary>
/// <param name="Format">Lower-case format name: docx, pdf, xlsx, html ...</param>
public sealed record DocumentSource(string Path, string FileName, string Sha256, long Length, string Format);
