using CorpusBuilder.Report;
using CorpusBuilder.Word;
using DocumentFormat.OpenXml;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>Draws the scorecard the way the council's Word file had it: one landscape table of 15 columns.</summary>
internal static class ScorecardDocument
{
    /// <summary>The heading as the seed prints it: the financial year, not the quarter.</summary>
    public static string Title(int financialYear) => $"Appendix 2 - Corporate Scorecard {financialYear}-{(financialYear + 1) % 100:00}";

    private const string HeaderFill = "D9E2F3";
    private const string PriorityFill = "1F3864";
    private const string White = "FFFFFF";

    // Landscape A4 with narrow margins leaves 15398 twips; the text columns get the room.
    private static readonly int[] Widths = [2400, 600, 1300, 750, 750, 750, 750, 750, 750, 750, 750, 750, 800, 2700, 848];

    /// <param name="derivedNote">For derived documents, the sentence saying so (printed under the table and kept in the properties).</param>
    public static DocxContent Build(IReadOnlyList<LaidOutRow> rows, string title, DateTimeOffset created, string? derivedNote = null)
    {
        if (Widths.Sum() != PageSetup.LandscapeNarrow.TextWidth)
            throw new InvalidOperationException("scorecard column widths do not fill the page");
        var table = new TableBuilder(Widths);
        foreach (var row in rows) table.AddRow(Cells(row), repeatAsHeader: row.IsFirstHeader);
        if (table.RowCount != rows.Count) throw new InvalidOperationException("row count drifted");

        List<OpenXmlElement> body = [Blocks.Heading1(title), table.Build(), Blocks.Empty()];
        if (derivedNote is not null) body.Add(Blocks.Paragraph([new TextPiece(derivedNote, Italic: true)]));
        return new DocxContent(body, PageSetup.LandscapeNarrow, HarrowCorpus.PageHeader, title, HarrowCorpus.Author, created)
        {
            Description = derivedNote,
        };
    }

    /// <summary>The same table in the format-neutral model, for the spreadsheet and web renderings.</summary>
    public static GridTable Grid(IReadOnlyList<LaidOutRow> rows) => new GridTable(Widths, rows.Select(row => new GridRow(
        Cells(row).Select(c => new GridCell(c.Content, c.Span, c.Fill)).ToList(),
        RepeatAsHeader: row.IsFirstHeader, IsHeader: row.Kind == SeedRowKind.Header)).ToList()).Checked();

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
