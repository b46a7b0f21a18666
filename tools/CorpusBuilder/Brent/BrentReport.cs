using Ingest.Core.Observations;

namespace CorpusBuilder.Brent;

/// <summary>One indicator's cells for one period group, as printed (RAG is a fill, so it has no text).</summary>
internal sealed record BrentGroup(string Actual, string Target, Rag? Rag);

/// <summary>One indicator row of a Brent report, every cell as printed.</summary>
/// <param name="Footnote">Footnote number on the name (1, 2, ...), or 0 for none.</param>
internal sealed record BrentRow(BrentIndicator Indicator, int Footnote, BrentGroup Previous, BrentGroup Latest, string Trend, string Commentary);

/// <summary>A Brent quarterly report: the previous and the reporting quarter, side by side, theme by theme.</summary>
/// <param name="Tables">The themes of each table: the first two priorities, then the other three, with prose and a chart between.</param>
internal sealed record BrentReport(Period Latest, Period Previous, IReadOnlyList<IReadOnlyList<(BrentTheme Theme, IReadOnlyList<BrentRow> Rows)>> Tables)
{
    public IEnumerable<BrentRow> Rows => Tables.SelectMany(t => t).SelectMany(t => t.Rows);

    public string BaseName => $"brent-borough-plan-performance-q{(Latest.Start.Month + 8) % 12 / 3 + 1}-{Period.FinancialYearOf(Latest.Start)}-{(Period.FinancialYearOf(Latest.Start) + 1) % 100:00}";

    /// <summary>
    /// Builds the report for a quarter. One indicator (HB3, delayed transfers of care) is published two months after
    /// its quarter ends, as its footnote says, so its reporting-quarter figure always prints n/a.
    /// </summary>
    public static BrentReport For(Period latest, Period previous, IReadOnlyList<BrentTheme> themes, BrentSeries series)
    {
        var footnote = 0;
        IReadOnlyList<(BrentTheme, IReadOnlyList<BrentRow>)> Table(IEnumerable<BrentTheme> group) =>
            group.Select(theme => (theme, (IReadOnlyList<BrentRow>)theme.Indicators.Select(i =>
            {
                var before = Group(i, previous, series.Actual(i, previous));
                var nowActual = i.Ref == LaggedRef ? BrentSeries.Missing : series.Actual(i, latest);
                var now = Group(i, latest, nowActual);
                var note = i.Footnote.Length == 0 ? 0 : ++footnote;
                return new BrentRow(i, note, before, now, BrentSeries.Trend(i, latest, now.Actual, previous, before.Actual), Commentary(now));
            }).ToList())).ToList();
        return new BrentReport(latest, previous, [Table(themes.Take(2)), Table(themes.Skip(2))]);
    }

    public const string LaggedRef = "HB3";

    private static BrentGroup Group(BrentIndicator i, Period quarter, string actual)
    {
        var target = BrentSeries.Target(i, quarter);
        return new BrentGroup(actual, target, BrentSeries.Rate(i, target, actual));
    }

    private static string Commentary(BrentGroup now) => now.Rag switch
    {
        Rag.Red => "Below target. An improvement plan is in place and is monitored by the directorate management team.",
        Rag.Amber => "Slightly below target; performance is expected to recover next quarter.",
        _ when now.Actual == BrentSeries.Missing => "Data not yet available for the quarter.",
        _ => "",
    };
}
