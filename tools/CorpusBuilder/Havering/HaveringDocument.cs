using CorpusBuilder.Report;
using CorpusBuilder.Word;

namespace CorpusBuilder.Havering;

/// <summary>An indicator line placed in the indicator table.</summary>
/// <param name="Row">1-based row in the indicator table, header rows included.</param>
internal sealed record PlacedHaveringLine(HaveringLine Line, int Row);

/// <summary>
/// Draws the Havering report: a landscape page with the RAG/direction legend (table 1, not data) and the
/// indicator table (table 2). The header is one row; each direction header spans its arrow column and its
/// comparator column. The header is drawn again as a real row where each seed page began (only the first is
/// marked "repeat as header row"), and the sub-committee cell is merged down each page's run of rows and
/// printed sideways, as in the council's PDF.
/// </summary>
internal static class HaveringDocument
{
    public const int LegendTable = 1;
    public const int IndicatorTable = 2;

    private const string HeaderFill = "DBE5F1";
    private const string Green = "00B050";
    private const string Red = "FF0000";

    // Landscape A4, narrow margins: 15398 twips. Sub-committee, indicator, value, annual target, quarter target,
    // performance, short arrow, short value, long arrow, long value, comments.
    private static readonly int[] Widths = [600, 2600, 1000, 1000, 1000, 1100, 450, 950, 450, 950, 5298];
    private static readonly int[] LegendWidths = [1000, 2600, 600, 6000];

    public static (ReportDocument Document, IReadOnlyList<PlacedHaveringLine> Placed) Build(HaveringQuarter quarter, string? derivedNote)
    {
        if (Widths.Sum() != PageSetup.LandscapeNarrow.TextWidth) throw new InvalidOperationException("Havering widths do not fill the page");
        var rows = new List<GridRow>();
        var placed = new List<PlacedHaveringLine>();
        foreach (var page in quarter.Pages)
        {
            rows.Add(Header(quarter, repeat: rows.Count == 0));
            for (var i = 0; i < page.Count; i++)
            {
                var line = page[i];
                placed.Add(new PlacedHaveringLine(line, rows.Count + 1));
                rows.Add(new GridRow([SubCommittee(page, i), .. Cells(line)]));
            }
        }
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(1, quarter.Title),
            ParagraphBlock.Text(quarter.Subtitle, bold: true),
            new TableBlock(Legend()),
            new TableBlock(new GridTable(Widths, rows).Checked()),
        };
        if (derivedNote is not null) blocks.Add(ParagraphBlock.Text(derivedNote, ParagraphRole.Note, italic: true));
        var document = new ReportDocument(quarter.Title, HaveringCorpus.Author,
            new DateTimeOffset(quarter.QuarterPeriod.End.AddDays(45).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            PageSetup.LandscapeNarrow, HaveringCorpus.PageHeader, "", blocks, derivedNote);
        return (document, placed);
    }

    private static GridRow Header(HaveringQuarter q, bool repeat) => new(
    [
        Head("Sub-committee") with { Vertical = true }, Head("Indicator and Description"), Head("Value"), Head(q.AnnualTargetHeader),
        Head(q.QuarterTargetHeader), Head(q.PerformanceHeader), Head(q.ShortHeader, 2), Head(q.LongHeader, 2), Head("Comments"),
    ], RepeatAsHeader: repeat, IsHeader: true);

    private static GridCell Head(string text, int span = 1) => GridCell.Text(text, bold: true, fill: HeaderFill, span: span);

    /// <summary>The sub-committee name, printed sideways once per run of rows on a page and merged down the run.</summary>
    private static GridCell SubCommittee(IReadOnlyList<HaveringLine> page, int i)
    {
        var name = page[i].SubCommittee;
        var first = i == 0 || page[i - 1].SubCommittee != name;
        if (!first) return GridCell.Continue(vertical: true);
        var runsOn = i + 1 < page.Count && page[i + 1].SubCommittee == name;
        return GridCell.Text(name, bold: true) with { Vertical = true, Merge = runsOn ? RowMerge.Restart : RowMerge.None };
    }

    private static IEnumerable<GridCell> Cells(HaveringLine l) =>
    [
        GridCell.Text(l.Indicator), GridCell.Text(l.Value), GridCell.Text(l.AnnualTarget), GridCell.Text(l.QuarterTarget),
        GridCell.Text(l.Performance), GridCell.Text(l.ShortArrow), GridCell.Text(l.ShortValue), GridCell.Text(l.LongArrow),
        GridCell.Text(l.LongValue), GridCell.Text(l.Comments),
    ];

    /// <summary>The key printed above the table (seed lines 5-10): what the RAG words and arrows mean. Not data.</summary>
    private static GridTable Legend() => new GridTable(LegendWidths,
    [
        new GridRow([Head("RAG Rating", 2), Head("Direction of Travel (DOT)", 2)], IsHeader: true),
        new GridRow([
            GridCell.Text("GREEN", bold: true, fill: Green), GridCell.Text("On or better than target\nOn Track"),
            GridCell.Text(HaveringArrows.Better),
            GridCell.Text("Short Term: Performance is better than the previous quarter\nLong Term: Performance is better than at the same point last year"),
        ]),
        new GridRow([
            GridCell.Empty(), GridCell.Empty(), GridCell.Text(HaveringArrows.Same),
            GridCell.Text("Short Term: Performance is the same as the previous quarter\nLong Term: Performance is the same as at the same point last year"),
        ]),
        new GridRow([
            GridCell.Text("RED", bold: true, fill: Red), GridCell.Text("Worse than target\nOff track"),
            GridCell.Text(HaveringArrows.Worse),
            GridCell.Text("Short Term: Performance is worse than the previous quarter\nLong Term: Performance is worse than at the same point last year"),
        ]),
    ]).Checked();
}
