using System.Globalization;
using CorpusBuilder.Contract;
using CorpusBuilder.Randomised;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.RealKpi;

/// <summary>What a KPI report in boxes is drawn with: its council, quarter, indicators, arrow style and what its arrows mean.</summary>
/// <param name="SeriesKey">Keys the monthly series, so each report draws its own figures.</param>
/// <param name="ArrowsShowValue">The key printed on the cover says arrows show the figure's movement, not performance.</param>
internal sealed record KpiBoxSettings(
    string CouncilKey,
    string CouncilPhrase,
    int FirstYear,
    int Quarter,
    IReadOnlyList<KpiBox> Indicators,
    DotStyle Arrows,
    bool ArrowsShowValue,
    string SeriesKey,
    string Note);

/// <summary>
/// The layout of a county council's quarterly KPI report, rebuilt from invented figures: a cover stating the
/// quarter and the month the data runs to; a key; borderless summary tables per service area
/// (`Area KPIs | RAG rating: Latest, Previous | DoT`, RAG as words, DoT as a drawn arrow, no target or actual
/// columns); then one box per KPI (title in a shaded bar wrapping over two lines, the RAG word in a coloured
/// cell at its right with the arrow under it, a chart with month labels and Actual/Target series, and a row of
/// three boxes `Latest: 97%` | `Target: 97%, Floor: 90%` | `Previous: 97% (Green)`); activity indicators are
/// boxes with a chart and no RAG or target. Gold: every KPI, latest and previous quarter (or rolling year), with
/// RAG; target, actual and direction on the latest; provenance the KPI's row in its area's summary table.
/// </summary>
internal static class KpiBoxReport
{
    private const string TitleFill = "D5DCE4";
    private const int Months = 16;
    private static readonly int[] SummaryWidths = [5026, 1400, 1400, 1200];
    private static readonly int[] BoxWidths = [3000, 3000, 3026];

    public static (DocxContent Content, IReadOnlyList<Observation> Observations, int Tables) Build(KpiBoxSettings s, string document, string font, int halfPoints)
    {
        var marks = new Marks();
        var latest = Period.FinancialQuarter(s.FirstYear, s.Quarter);
        var previous = s.Quarter == 1 ? Period.FinancialQuarter(s.FirstYear - 1, 4) : Period.FinancialQuarter(s.FirstYear, s.Quarter - 1);
        var lastMonth = latest.End;
        var body = new List<OpenXmlElement>
        {
            Blocks.Heading1(s.CouncilPhrase),
            Blocks.Heading1("Quarterly Performance Report"),
            Blocks.Text($"Quarter {s.Quarter} {Period.FinancialYearLabel(s.FirstYear)}", StylesPart.Heading2),
            Blocks.Text(string.Create(CultureInfo.InvariantCulture, $"Data to end of {lastMonth:MMMM yyyy}")),
            Blocks.Paragraph([new TextPiece(s.Note, Italic: true)]),
            PageBreak(),
            Blocks.Heading2("Key"),
            Blocks.Text("GREEN: the target has been achieved or exceeded. AMBER: performance is at or above the floor standard but below target. RED: performance is below the floor standard."),
            Blocks.Paragraph(ArrowKey(marks, s)),
            Blocks.Heading2("Summary of Key Performance Indicators"),
        };
        var observations = new List<Observation>();
        var series = s.Indicators.ToDictionary(k => k.Name, k => k.Monthly(lastMonth, Months, s.SeriesKey));
        var table = 0;
        foreach (var area in s.Indicators.Where(k => !k.Activity).GroupBy(k => k.Area))
        {
            table++;
            var rows = new List<GridRow>
            {
                new([Header($"{area.Key} KPIs") with { Merge = RowMerge.Restart }, Header("RAG rating", 2), Header("DoT") with { Merge = RowMerge.Restart }], IsHeader: true),
                new([GridCell.Continue(), Header("Latest"), Header("Previous"), GridCell.Continue()], IsHeader: true),
            };
            foreach (var kpi in area)
            {
                var values = series[kpi.Name];
                var (now, before) = (values[^1], values[^4]);
                var arrow = Arrow(kpi, now, before, s.ArrowsShowValue);
                rows.Add(new GridRow([GridCell.Text(kpi.Name), GridCell.Text(Word(kpi.RagOf(now)), bold: true), GridCell.Text(Word(kpi.RagOf(before)), bold: true), new GridCell(marks.Draw(arrow, s.Arrows))]));
                observations.AddRange(Observe(s, document, table, rows.Count, kpi, latest, previous, now, before, Marks.Raw(arrow, s.Arrows)));
            }
            body.Add(GridDocx.Table(new GridTable(SummaryWidths, rows) { Rules = TableRules.None }.Checked()));
            body.Add(Blocks.Empty());
        }
        body.Add(PageBreak());
        var images = new List<DocxImage>();
        foreach (var area in s.Indicators.GroupBy(k => k.Area))
        {
            body.Add(Blocks.Heading2(area.Key));
            foreach (var kpi in area.OrderBy(k => k.Activity))
            {
                table++;
                body.Add(GridDocx.Table(Box(kpi, series[kpi.Name], lastMonth, marks, s, images)));
                body.Add(Blocks.Empty());
            }
        }
        var content = new DocxContent(body, PageSetup.PortraitNormal, s.CouncilPhrase, $"{s.CouncilPhrase} Quarterly Performance Report {latest.Label}",
            s.CouncilPhrase, new DateTimeOffset(latest.End.AddDays(40).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero))
        {
            PageFooter = $"Quarterly Performance Report, Quarter {s.Quarter} {Period.FinancialYearLabel(s.FirstYear)}",
            Images = [.. marks.Images, .. images],
            Description = s.Note,
            Font = font,
            FontHalfPoints = halfPoints,
        };
        return (content, observations, table);
    }

    private static GridTable Box(KpiBox kpi, IReadOnlyList<decimal> values, DateOnly lastMonth, Marks marks, KpiBoxSettings s, List<DocxImage> images)
    {
        var title = kpi.Name + (kpi.Rolling ? " (rolling 12 months)" : "");
        var (now, before) = (values[^1], values[^4]);
        var n = images.Count + 1;
        var chart = new DocxImage($"rIdChart{n}", $"media/chart{n}.png", LineChart.Png(values, kpi.Activity ? null : kpi.Target, 560, 140));
        images.Add(chart);
        var ticks = string.Join("   ", Enumerable.Range(0, Months / 3 + 1).Select(i => lastMonth.AddMonths(-3 * (Months / 3 - i))).Where(d => d > lastMonth.AddMonths(-Months))
            .Select(d => d.ToString("MMM-yy", CultureInfo.InvariantCulture)));
        var chartCell = new GridCell(
        [
            new PicturePiece(chart, 5000u + (uint)n, $"Chart of {kpi.Name}", 560, 140),
            new TextPiece("\n" + ticks + "\n"),
            new TextPiece("■", Colour: "1F4E79"), new TextPiece(" Actual   "),
            .. kpi.Activity ? Array.Empty<IInline>() : [new TextPiece("■", Colour: "A0A0A0"), new TextPiece(" Target")],
        ], 3);
        var rows = new List<GridRow>();
        if (kpi.Activity)
        {
            rows.Add(new GridRow([GridCell.Text(title, bold: true, fill: TitleFill, span: 2), GridCell.Text("Activity indicator")]));
            rows.Add(new GridRow([chartCell]));
            return new GridTable(BoxWidths, rows).Checked();
        }
        var rag = kpi.RagOf(now);
        var arrow = Arrow(kpi, now, before, s.ArrowsShowValue);
        rows.Add(new GridRow(
        [
            GridCell.Text(title, bold: true, fill: TitleFill, span: 2),
            new GridCell([new TextPiece(Word(rag) + "\n", Bold: true), .. marks.Draw(arrow, s.Arrows, 12)], Fill: Vocabulary.Colour(rag)),
        ]));
        rows.Add(new GridRow([chartCell]));
        rows.Add(new GridRow(
        [
            GridCell.Text($"Latest: {kpi.Print(now)}"),
            GridCell.Text($"Target: {kpi.Print(kpi.Target)}, Floor: {kpi.Print(kpi.Floor)}"),
            GridCell.Text($"Previous: {kpi.Print(before)} ({kpi.RagOf(before)})"),
        ]));
        return new GridTable(BoxWidths, rows).Checked();
    }

    private static IReadOnlyList<IInline> ArrowKey(Marks marks, KpiBoxSettings s) =>
    [
        new TextPiece("DoT (direction of travel): "),
        .. marks.Draw(Randomised.Arrow.Up, s.Arrows),
        new TextPiece(s.ArrowsShowValue ? " the figure went up on the previous quarter; " : " performance has improved; "),
        .. marks.Draw(Randomised.Arrow.Down, s.Arrows),
        new TextPiece(s.ArrowsShowValue ? " the figure went down; " : " performance has worsened; "),
        .. marks.Draw(Randomised.Arrow.Level, s.Arrows),
        new TextPiece(s.ArrowsShowValue ? " the figure is unchanged. Arrows show the figure's movement, not whether performance improved." : " performance has remained the same."),
    ];

    private static Arrow Arrow(KpiBox kpi, decimal now, decimal before, bool showValue)
    {
        if (now == before) return Randomised.Arrow.Level;
        var up = now > before;
        if (showValue) return up ? Randomised.Arrow.Up : Randomised.Arrow.Down;
        return up == (kpi.Polarity != Polarity.Lower) ? Randomised.Arrow.Up : Randomised.Arrow.Down;
    }

    private static IEnumerable<Observation> Observe(KpiBoxSettings s, string document, int table, int row, KpiBox kpi,
        Period latest, Period previous, decimal now, decimal before, string dotRaw)
    {
        var name = TextNormaliser.Collapse(kpi.Name);
        var target = kpi.Print(kpi.Target);
        var (nowText, beforeText) = (kpi.Print(now), kpi.Print(before));
        var unit = RowUnit.Of(name, [target, nowText, beforeText]);
        var dot = now == before ? Direction.Same : (now > before) == (kpi.Polarity != Polarity.Lower) ? Direction.Improving : Direction.Declining;
        var (latestPeriod, previousPeriod) = kpi.Rolling ? (Rolling(latest.End), Rolling(previous.End)) : (latest, previous);
        Observation For(Period period, string actual, Rag rag) => new()
        {
            Council = s.CouncilKey,
            Document = document,
            Table = table,
            Row = row,
            Section = kpi.Area,
            Indicator = name,
            IndicatorKey = IndicatorKey.Of(name),
            // The floor standard printed below the target says higher is better; above it, lower.
            Polarity = kpi.Polarity,
            Unit = unit,
            Period = period,
            ActualRaw = actual,
            Actual = CellNumbers.Read(actual).Pick(unit)?.Value,
            Rag = rag,
            RagSource = RagSource.Text,
            Confidence = 1.0,
        };
        yield return For(previousPeriod, beforeText, kpi.RagOf(before));
        yield return For(latestPeriod, nowText, kpi.RagOf(now)) with
        {
            TargetRaw = target,
            Target = CellNumbers.Read(target).Pick(unit)?.Value,
            TargetQualifier = TargetQualifier.Of(target),
            Dot = dot,
            DotRaw = dotRaw,
        };
    }

    /// <summary>docs/dataset.md rolling_12m: "12 months to May 2023", the twelve months ending with that month.</summary>
    public static Period Rolling(DateOnly monthEnd)
    {
        var start = new DateOnly(monthEnd.Year, monthEnd.Month, 1).AddMonths(-11);
        return new Period(string.Create(CultureInfo.InvariantCulture, $"12 months to {monthEnd:MMMM yyyy}"), PeriodType.RollingTwelveMonths, start, monthEnd);
    }

    private static string Word(Rag rag) => rag.ToString().ToUpperInvariant();

    private static GridCell Header(string text, int span = 1) => GridCell.Text(text, bold: true, span: span);

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
