namespace Ingest.Core.Tables;

/// <summary>A named part of a document's body: a workbook's sheet.</summary>
/// <param name="Name">The name the file gives it (a sheet's tab).</param>
/// <param name="FirstParagraph">Index in <see cref="DocumentContent.Paragraphs"/> of its first paragraph (the count of paragraphs when it has none).</param>
public sealed record DocumentPart(string Name, int FirstParagraph);
