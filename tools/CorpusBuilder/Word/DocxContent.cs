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
    DateTimeOffset Created)
{
    /// <summary>Running footer text, followed by "Page N of M" page-number fields; null for no footer.</summary>
    public string? PageFooter { get; init; }

    /// <summary>The notes the body's <see cref="FootnotePiece"/> references point at, in id order.</summary>
    public IReadOnlyList<FootnotePiece> Footnotes { get; init; } = [];

    /// <summary>Pictures the body embeds, each by its relationship id.</summary>
    public IReadOnlyList<DocxImage> Images { get; init; } = [];

    /// <summary>docProps/core.xml description (Word's "Comments"); derived documents say so here.</summary>
    public string? Description { get; init; }

    /// <summary>The body font (every run inherits it) and its size in half-points.</summary>
    public string Font { get; init; } = "Arial";

    public int FontHalfPoints { get; init; } = 18;
}

/// <param name="RelationshipId">The id the body's drawing uses (a:blip r:embed).</param>
internal sealed record DocxImage(string RelationshipId, string PartName, byte[] Png);
