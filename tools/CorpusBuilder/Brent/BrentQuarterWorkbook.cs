using CorpusBuilder.Report;
using CorpusBuilder.Spreadsheet;
using CorpusBuilder.Harrow.Scorecard;
using Ingest.Core.Observations;

namespace CorpusBuilder.Brent;

/// <summary>
/// Brent's year-end workbook (test data, its own layout and gold file): one visible sheet per quarter of 2023/24,
/// each a single period group `Actual Qn 2023/24 | Target Qn 2023/24 | RAG` (the bare RAG belongs to the group
/// before it), trend against the quarter before, no commentary. Fills use the workbook theme (header accent1
/// lightened, green accent6, amber accent4) except red, which has no theme colour and is RGB C00000. Every
/// quarter's figure is printed, HB3's included (the year is closed).
/// </summary>
internal static class BrentQuarterWorkbook
{
    private static readonly int[] Widths = [600, 4200, 700, 1100, 1100, 600, 1100, 2600];
    private const string HeaderFill = "theme:4:0.7999816888943144";
    private const string ThemeFill = "theme:8:0.5999938962981048";

    public static string RagFill(Rag rag) => rag switch
    {
        Rag.Green => "theme:9",
        Rag.Amber => "theme:7",
        _ => BrentCorpus.RedFill,
    };

    public static (XlsxWorkbook Workbook, IReadOnlyList<Observation> Observations) Build(string document, int year, IReadOnlyList<BrentTheme> themes, BrentSeries series, string derivedNote)
    {
        var sheets = new List<XlsxSheet>();
        var observations = new List<Observation>();
        for (var q = 1; q <= 4; q++)
        {
            var quarter = Period.FinancialQuarter(year, q);
            var rows = new List<GridRow>
            {
                new([Head("Ref"), Head("Performance indicator"), Head("Good is"), Head($"Actual {quarter.Label}"), Head($"Target {quarter.Label}"),
                     Head("RAG"), Head("Trend"), Head("Lead Member")], RepeatAsHeader: true, IsHeader: true),
            };
            foreach (var theme in themes)
            {
                rows.Add(new GridRow([GridCell.Text(theme.Name, bold: true, fill: ThemeFill, span: Widths.Length)]));
                foreach (var indicator in theme.Indicators)
                {
                    var actual = series.Actual(indicator, quarter);
                    var target = BrentSeries.Target(indicator, quarter);
                    var group = new BrentGroup(actual, target, BrentSeries.Rate(indicator, target, actual));
                    var trend = q == 1 ? "–" : BrentSeries.Trend(indicator, quarter, actual, ScorecardPeriods.Previous(quarter),
                        series.Actual(indicator, ScorecardPeriods.Previous(quarter)));
                    var placed = new PlacedBrentRow(new BrentRow(indicator, 0, group, group, trend, ""), q, rows.Count + 1, theme.Name);
                    var unit = BrentObservations.Unit(indicator, [group]);
                    if (BrentObservations.ForGroup(document, placed, unit, group, quarter, trend, "") is { } o) observations.Add(o);
                    rows.Add(new GridRow(
                    [
                        GridCell.Text(indicator.Ref), GridCell.Text(indicator.Name), GridCell.Text(indicator.GoodIs), GridCell.Text(actual),
                        GridCell.Text(target), GridCell.Empty(fill: group.Rag is null ? null : RagFill(group.Rag.Value)), GridCell.Text(trend),
                        GridCell.Text(indicator.LeadMember),
                    ]));
                }
            }
            sheets.Add(new XlsxSheet($"Q{q} {year}-{(year + 1) % 100:00}",
                [BrentCorpus.PageHeader, $"Borough Plan KPIs {Period.FinancialYearLabel(year)} - Quarter {q}", derivedNote],
                new GridTable(Widths, rows).Checked()));
        }
        var workbook = new XlsxWorkbook($"Brent Borough Plan KPIs {Period.FinancialYearLabel(year)} by quarter", BrentCorpus.Author,
            new DateTimeOffset(year + 1, 5, 20, 9, 0, 0, TimeSpan.Zero), sheets, derivedNote);
        return (workbook, observations);
    }

    private static GridCell Head(string text) => GridCell.Text(text, bold: true, fill: HeaderFill);
}
