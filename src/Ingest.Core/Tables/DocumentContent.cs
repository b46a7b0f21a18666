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
}

/// <summary>Identity of an input file.</summary>
/// <param name="Format">Lower-case format name: docx, pdf, xlsx, html ...</param>
public sealed record DocumentSource(string Path, string FileName, string Sha256, long Length, string Format);
