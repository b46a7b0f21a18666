using System.Globalization;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.Brent;

/// <summary>An indicator row placed in the document.</summary>
internal sealed record PlacedBrentRow(BrentRow Row, int Table, int TableRow, string Section);

/// <summary>
/// Draws a Brent report (landscape, running header "Brent Council", footer with page numbers): two tables of the
/// same layout with prose, a chart picture and its caption between them. Each table has a two-row header: row 1
/// names the period groups ("Q1 2023/24", "Q2 2023/24", each spanning its three columns) and merges the other
/// headers down; row 2 reads Actual | Target | RAG under each group (actual first, unlike most councils). An
/// empty narrow spacer column separates the two groups. RAG is only the cell's fill. Theme rows span the table.
/// Some indicator names carry a real Word footnote reference.
/// </summary>
internal static class BrentDocument
{
    private const string HeaderFill = "DEEAF6";
    private const string ThemeFill = "BDD7EE";

    // Ref, indicator, good is, actual, target, RAG, spacer, actual, target, RAG, trend, lead member, commentary.
    public static readonly int[] Widths = [600, 3280, 700, 900, 900, 560, 150, 900, 900, 560, 1150, 1900, 2898];
    public const int SpacerColumn = 6;

    public static (ReportDocument Document, IReadOnlyList<PlacedBrentRow> Placed) Build(BrentReport report, string derivedNote)
    {
        if (Widths.Sum() != PageSetup.LandscapeNarrow.TextWidth) throw new InvalidOperationException("Brent widths do not fill the page");
        var placed = new List<PlacedBrentRow>();
        var tables = report.Tables.Select((themes, t) => Table(report, themes, t + 1, placed)).ToList();
        var (year, quarter) = (Period.FinancialYearOf(report.Latest.Start), (report.Latest.Start.Month + 8) % 12 / 3 + 1);
        var latestRags = report.Rows.Select(r => r.Latest.Rag).ToList();
        int Count(Rag rag) => latestRags.Count(r => r == rag);
        var months = string.Create(CultureInfo.InvariantCulture, $"{report.Latest.Start:MMMM} to {report.Latest.End:MMMM yyyy}");

        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(1, "Borough Plan 2023-27: Quarterly Performance Report"),
            ParagraphBlock.Text($"Quarter {quarter} {Period.FinancialYearLabel(year)} ({months})", bold: true),
            ParagraphBlock.Text($"This report sets out performance against the Borough Plan's key performance indicators at the end of quarter {quarter} {Period.FinancialYearLabel(year)}, grouped by the plan's five priorities, with the previous quarter alongside for comparison."),
            ParagraphBlock.Text("RAG key: green - on or better than target; amber - within 10% of target; red - more than 10% off target. Trend compares the quarter with the one before. Colours only are used in the RAG columns."),
            ParagraphBlock.Text(derivedNote, ParagraphRole.Note, italic: true),
            new HeadingBlock(2, "Prosperity and Stability; A Cleaner, Greener Future"),
            new TableBlock(tables[0]),
            new HeadingBlock(2, "Overview of the quarter"),
            ParagraphBlock.Text($"Of the {latestRags.Count(r => r is not null)} indicators with a figure and a target this quarter, {Count(Rag.Green)} are green, {Count(Rag.Amber)} amber and {Count(Rag.Red)} red."),
            BarChart.Draw([(Count(Rag.Green), BrentCorpus.GreenFill), (Count(Rag.Amber), BrentCorpus.AmberFill), (Count(Rag.Red), BrentCorpus.RedFill)],
                $"Bar chart: {Count(Rag.Green)} green, {Count(Rag.Amber)} amber, {Count(Rag.Red)} red"),
            ParagraphBlock.Text($"Figure 1: RAG status of the indicators with a target, {report.Latest.Label}", ParagraphRole.Caption, italic: true),
            ParagraphBlock.Text("The remaining three priorities follow."),
            new HeadingBlock(2, "Thriving Communities; The Best Start in Life; A Healthier Brent"),
            new TableBlock(tables[1]),
        };
        var title = $"Brent Borough Plan Quarterly Performance Report {report.Latest.Label}";
        var document = new ReportDocument(title, BrentCorpus.Author,
            new DateTimeOffset(report.Latest.End.AddDays(40).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            PageSetup.LandscapeNarrow, BrentCorpus.PageHeader, $"Borough Plan Quarterly Performance Report {report.Latest.Label}", blocks, derivedNote);
        return (document, placed);
    }

    private static GridTable Table(BrentReport report, IReadOnlyList<(BrentTheme Theme, IReadOnlyList<BrentRow> Rows)> themes, int tableIndex, List<PlacedBrentRow> placed)
    {
        var rows = new List<GridRow>
        {
            new([
                Head("Ref") with { Merge = RowMerge.Restart }, Head("Performance indicator") with { Merge = RowMerge.Restart },
                Head("Good is") with { Merge = RowMerge.Restart }, Head(report.Previous.Label, 3), GridCell.Empty(),
                Head(report.Latest.Label, 3), Head("Trend") with { Merge = RowMerge.Restart },
                Head("Lead Member") with { Merge = RowMerge.Restart }, Head("Commentary") with { Merge = RowMerge.Restart },
            ], RepeatAsHeader: true, IsHeader: true),
            new([
                GridCell.Continue(fill: HeaderFill), GridCell.Continue(fill: HeaderFill), GridCell.Continue(fill: HeaderFill),
                Head("Actual"), Head("Target"), Head("RAG"), GridCell.Empty(), Head("Actual"), Head("Target"), Head("RAG"),
                GridCell.Continue(fill: HeaderFill), GridCell.Continue(fill: HeaderFill), GridCell.Continue(fill: HeaderFill),
            ], RepeatAsHeader: true, IsHeader: true),
        };
        foreach (var (theme, themeRows) in themes)
        {
            rows.Add(new GridRow([GridCell.Text(theme.Name, bold: true, fill: ThemeFill, span: Widths.Length)]));
            foreach (var row in themeRows)
            {
                placed.Add(new PlacedBrentRow(row, tableIndex, rows.Count + 1, theme.Name));
                rows.Add(new GridRow(Cells(row)));
            }
        }
        return new GridTable(Widths, rows).Checked();
    }

    private static IReadOnlyList<GridCell> Cells(BrentRow row)
    {
        IReadOnlyList<IInline> name = row.Footnote == 0
            ? [new TextPiece(row.Indicator.Name)]
            : [new TextPiece(row.Indicator.Name), new FootnotePiece(row.Footnote, row.Indicator.Footnote)];
        return
        [
            GridCell.Text(row.Indicator.Ref), new GridCell(name), GridCell.Text(row.Indicator.GoodIs),
            GridCell.Text(row.Previous.Actual), GridCell.Text(row.Previous.Target), RagCell(row.Previous.Rag),
            GridCell.Empty(),
            GridCell.Text(row.Latest.Actual), GridCell.Text(row.Latest.Target), RagCell(row.Latest.Rag),
            GridCell.Text(row.Trend), GridCell.Text(row.Indicator.LeadMember), GridCell.Text(row.Commentary),
        ];
    }

    /// <summary>The RAG cell prints nothing: its fill is the status.</summary>
    public static GridCell RagCell(Rag? rag) => GridCell.Empty(fill: Fill(rag));

    public static string? Fill(Rag? rag) => rag switch
    {
        Rag.Red => BrentCorpus.RedFill,
        Rag.Amber => BrentCorpus.AmberFill,
        Rag.Green => BrentCorpus.GreenFill,
        _ => null,
    };

    private static GridCell Head(string text, int span = 1) => GridCell.Text(text, bold: true, fill: HeaderFill, span: span);
}
