using CorpusBuilder.Word;
using DocumentFormat.OpenXml;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>Draws the scorecard the way the council's Word file had it: one landscape table of 15 columns.</summary>
internal static class ScorecardDocument
{
    public const string Title = "Appendix 2 - Corporate Scorecard 2023-24";

    private const string HeaderFill = "D9E2F3";
    private const string PriorityFill = "1F3864";
    private const string White = "FFFFFF";

    // Landscape A4 with narrow margins leaves 15398 twips; the text columns get the room.
    private static readonly int[] Widths = [2400, 600, 1300, 750, 750, 750, 750, 750, 750, 750, 750, 750, 800, 2700, 848];

    public static DocxContent Build(IReadOnlyList<LaidOutRow> rows)
    {
        if (Widths.Sum() != PageSetup.LandscapeNarrow.TextWidth)
            throw new InvalidOperationException("scorecard column widths do not fill the page");
        var table = new TableBuilder(Widths);
        foreach (var row in rows) table.AddRow(Cells(row), repeatAsHeader: row.IsFirstHeader);
        if (table.RowCount != rows.Count) throw new InvalidOperationException("row count drifted");

        OpenXmlElement[] body = [Blocks.Heading1(Title), table.Build(), Blocks.Empty()];
        return new DocxContent(body, PageSetup.LandscapeNarrow, HarrowCorpus.PageHeader, Title,
            HarrowCorpus.Author, new DateTimeOffset(2023, 8, 14, 9, 0, 0, TimeSpan.Zero));
    }

    private static IReadOnlyList<CellSpec> Cells(LaidOutRow row) => row.Kind switch
    {
        SeedRowKind.Header => row.Seed.Cells.Select(c => new CellSpec(Pieces(c, bold: true), 1, HeaderFill)).ToList(),
        SeedRowKind.Priority => [new CellSpec(Pieces(row.Seed[0], colour: White), ScorecardSeed.ColumnCount, PriorityFill)],
        SeedRowKind.Objective or SeedRowKind.QualitativeNote => [new CellSpec(Pieces(row.Seed[0]), ScorecardSeed.ColumnCount)],
        _ => Enumerable.Range(0, ScorecardSeed.ColumnCount).Select(c => IndicatorCell(row, c)).ToList(),
    };

    private static CellSpec IndicatorCell(LaidOutRow row, int column)
    {
        var cell = row.Seed[column];
        if (column == ScorecardColumns.Polarity && ScorecardPresentation.PolarityAsSymbol(row))
        {
            var code = cell.Clean == "▲" ? ScorecardPresentation.UpTriangle : ScorecardPresentation.DownTriangle;
            return new CellSpec([new SymbolPiece(ScorecardPresentation.SymbolFont, code)]);
        }
        var fill = ScorecardPresentation.RagFill(row, column);
        if (ScorecardPresentation.RagFillOnly(row, column)) return new CellSpec([], 1, fill);
        return new CellSpec(Pieces(cell), 1, fill);
    }

    /// <summary>
    /// The seed's runs; a doubled space in the seed is where the original cell broke the line, so it
    /// becomes a w:br (the text reads the same once whitespace is collapsed).
    /// </summary>
    private static IReadOnlyList<IInline> Pieces(SeedCell cell, bool bold = false, string? colour = null) =>
        cell.Pieces.Select(p => (IInline)(p with
        {
            Text = p.Text.Replace("  ", "\n", StringComparison.Ordinal),
            Bold = p.Bold || bold,
            Colour = colour ?? p.Colour,
        })).ToList();
}
