using DocumentFormat.OpenXml;

namespace CorpusBuilder.Word;

/// <summary>Everything one Word document holds: body blocks in order, page geometry, header text and properties.</summary>
/// <param name="Created">Fixed creation time written to docProps/core.xml, so every run writes the same bytes.</param>
internal sealed record DocxContent(
    IReadOnlyList<OpenXmlElement> Body,
    PageSetup Page,
    string? PageHeader,
    string Title,
    string Author,
    DateTimeOffset Created);
