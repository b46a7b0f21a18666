using Ingest.Core.Rules;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// <c>extraction-rules/pdf-layout.yaml</c>: the tolerances by which tables are found on a PDF page's text and
/// drawing, as data: when lines meet, when words are one chunk, when a fill is a cell's.
/// </summary>
public sealed record PdfLayoutRules
{
    public const string FileName = "pdf-layout.yaml";

    public static readonly PdfLayoutRules Defaults = new();

    public LatticeOptions Lattice { get; init; } = new();

    public RuledRowsOptions RuledRows { get; init; } = new();

    public StreamOptions Stream { get; init; } = new();

    public CellFillOptions CellFills { get; init; } = new();

    public PageBreakOptions PageBreaks { get; init; } = new();

    public PageFurnitureOptions PageFurniture { get; init; } = new();

    /// <summary>The rules from the folder; the defaults when it has no <see cref="FileName"/>.</summary>
    public static PdfLayoutRules Load(RulesDirectory rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return File.Exists(Path.Combine(rules.Path, FileName)) ? rules.Load<PdfLayoutRules>(FileName) : new PdfLayoutRules();
    }
}
