using System.Globalization;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>
/// A derived Performance Morning report for another quarter: the cover, the introduction and the recession
/// section of the seed's layout, with the month columns shifted (the month before the quarter, then its three
/// months) and the counts from <see cref="RecessionSeries"/>. RAG and arrow follow the seed's logic: the arrow is
/// the direction of the latest month against the month before; LG when that direction is good for the
/// polarity, LR when not.
/// </summary>
internal static class PerformanceMorningDerived
{
    public static PerformanceMorning Build(int financialYear, int quarter, RecessionSeries series, string derivedNote)
    {
        var reporting = Period.FinancialQuarter(financialYear, quarter);
        var months = Enumerable.Range(-1, 4).Select(i => reporting.Start.AddMonths(i)).ToList();
        var lines = series.SeedLines.Select(seed =>
        {
            var values = months.Select(m => series.Value(seed.Indicator, m)).ToList();
            var arrow = values[^1] == values[^2] ? "→" : values[^1] < values[^2] ? "↓" : "↑";
            var good = arrow == "→" || (arrow == "↓") == (seed.Polarity == "↓");
            return new RecessionLine(seed.Indicator, seed.Polarity, values.Select(Count).ToList(), good ? "LG" : "LR", arrow);
        }).ToList();
        var table = new RecessionTable(months.Select(m => MonthColumns.Name(m.Month)).ToList(), lines);

        var blocks = new List<ReportBlock>
        {
            Title("Harrow Chief Executives"),
            Title("Performance Morning Report"),
            Title($"Q{quarter} {Period.FinancialYearLabel(financialYear)}"),
            new HeadingBlock(1, "Performance Report"),
            new HeadingBlock(1, "Introduction"),
            ParagraphBlock.Text("This paper contains recommendations and other issues from the management group performance reports and the Councils Improvement Boards. The paper is currently structured around the management groups and the Harrow Chief Executive priorities."),
            new HeadingBlock(2, PerformanceMorning.RecessionHeading),
            ParagraphBlock.Text("HCE receives updates on the indicators used as measures of success for this priority area. Performance is as follows:"),
            new TableBlock(table.ToGrid()),
        };
        blocks.AddRange(lines.Select((l, i) => Commentary(l, months)));
        blocks.Add(ParagraphBlock.Text(derivedNote, ParagraphRole.Note, italic: true));
        return new PerformanceMorning(financialYear, quarter, blocks, table, 1, PerformanceMorning.RecessionHeading, derivedNote);
    }

    private static ParagraphBlock Title(string text) => new([new TextPiece(text, Bold: true)]);

    private static ParagraphBlock Commentary(RecessionLine line, IReadOnlyList<DateOnly> months)
    {
        var name = line.Indicator.TrimEnd('’');
        var now = line.Values[^1];
        var before = line.Values[^2];
        var movement = line.Direction switch { "↓" => "fell", "↑" => "rose", _ => "held" };
        var text = $"{MonthColumns.Name(months[^1].Month)} {movement} to {now} from {before} in {MonthColumns.Name(months[^2].Month)}.";
        return new ParagraphBlock([new TextPiece(name + ":", Bold: true), new TextPiece(" " + text)], ParagraphRole.Bullet);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
