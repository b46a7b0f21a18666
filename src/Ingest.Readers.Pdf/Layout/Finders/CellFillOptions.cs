namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>When a coloured rectangle is a found cell's fill (<see cref="GridFills"/>; <c>cell_fills:</c> in <c>extraction-rules/pdf-layout.yaml</c>).</summary>
public sealed record CellFillOptions
{
    /// <summary>A fill covering at least this share of a cell is its fill.</summary>
    public double Covers { get; init; } = 0.5;

    /// <summary>Or one standing inside the cell: at least this share of the fill's width within the cell's sides...</summary>
    public double InsideShare { get; init; } = 0.75;

    /// <summary>...as tall as this share of the cell...</summary>
    public double TallShare { get; init; } = 0.8;

    /// <summary>...and at least this share of its width.</summary>
    public double WideShare { get; init; } = 0.25;
}
