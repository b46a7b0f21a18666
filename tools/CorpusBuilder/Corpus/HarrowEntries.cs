using CorpusBuilder.Harrow;
using CorpusBuilder.Harrow.Cover;
using CorpusBuilder.Harrow.Scorecard;
using CorpusBuilder.Harrow.Series;
using CorpusBuilder.Harrow.Strategic;
using CorpusBuilder.Script;
using CorpusBuilder.Spreadsheet;
using Ingest.Core.Observations;

namespace CorpusBuilder.Corpus;

/// <summary>
/// The Harrow 2023/24 documents: the three rebuilt from seeds 000, 001 and 003, and the scorecards and strategic
/// reports derived for the other quarters from one <see cref="HarrowSeries"/>.
/// </summary>
internal static class HarrowEntries
{
    public const string ScorecardLayoutName = "scorecard-15col-three-period-groups";
    public const string StrategicLayoutName = "pi-tables-rag-by-bullet-colour";
    public const string StrategicScript = "harrow-strategic-performance-q2-2023-24.txt";

    public static IReadOnlyList<CorpusEntry> All()
    {
        var scorecardSeed = ScorecardSeed.Load();
        var strategicBlocks = LayoutScript.Load(StrategicScript);
        var rated = IndicatorRating.Rate(strategicBlocks);
        var series = new HarrowSeries(scorecardSeed, rated);
        return
        [
            SeedScorecard(scorecardSeed),
            .. DerivedScorecard(scorecardSeed, series, 2023, 2),
            .. DerivedScorecard(scorecardSeed, series, 2023, 3),
            .. DerivedScorecard(scorecardSeed, series, 2023, 4),
            .. DerivedScorecard(scorecardSeed, series, 2024, 1),
            Strategic(strategicBlocks, rated),
            DerivedStrategic(strategicBlocks, series, 3),
            DerivedStrategic(strategicBlocks, series, 4),
            Cover(),
        ];
    }

    private static CorpusEntry SeedScorecard(IReadOnlyList<SeedRow> seed)
    {
        const string file = "harrow-corporate-scorecard-q1-2023-24.docx";
        var rows = ScorecardLayout.Place(seed);
        var quarter = Period.FinancialQuarter(2023, 1);
        var document = ScorecardDocument.Build(rows, ScorecardDocument.Title(2023), new DateTimeOffset(2023, 8, 14, 9, 0, 0, TimeSpan.Zero));
        return new CorpusEntry($"{HarrowCorpus.Folder}/{file}", HarrowCorpus.Council, quarter.Label,
            ScorecardLayoutName, CorpusEntry.SeedRebuild, new DocxFile(document),
            ScorecardObservations.Build(file, rows, quarter), TableCount: 1);
    }

    /// <summary>A derived quarter's scorecard in Word; Q3 2023/24 also as the workbook the council circulates (one gold file).</summary>
    private static IEnumerable<CorpusEntry> DerivedScorecard(IReadOnlyList<SeedRow> seed, HarrowSeries series, int year, int quarter)
    {
        var period = Period.FinancialQuarter(year, quarter);
        var name = $"harrow-corporate-scorecard-q{quarter}-{year}-{(year + 1) % 100:00}";
        var rows = ScorecardLayout.Place(ScorecardDerived.Rows(seed, period, series));
        var created = new DateTimeOffset(period.End.AddDays(45).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var note = DerivedNotes.For("Harrow");
        var title = ScorecardDocument.Title(year);
        var observations = ScorecardObservations.Build(name + ".docx", rows, period);
        yield return new CorpusEntry($"{HarrowCorpus.Folder}/{name}.docx", HarrowCorpus.Council, period.Label,
            ScorecardLayoutName, CorpusEntry.Derived, new DocxFile(ScorecardDocument.Build(rows, title, created, note)), observations, TableCount: 1);
        if (period == Period.FinancialQuarter(2023, 3))
        {
            var workbook = new XlsxWorkbook(title, HarrowCorpus.Author, created,
                [new XlsxSheet("Scorecard", [HarrowCorpus.PageHeader, title, note], ScorecardDocument.Grid(rows))], note);
            yield return new CorpusEntry($"{HarrowCorpus.Folder}/{name}.xlsx", HarrowCorpus.Council, period.Label,
                ScorecardLayoutName, CorpusEntry.Derived, new XlsxFile(workbook), observations, TableCount: 1);
        }
    }

    private static CorpusEntry Strategic(IReadOnlyList<ScriptBlock> blocks, IReadOnlyList<RatedIndicator> rated)
    {
        const string file = "harrow-strategic-performance-q2-2023-24.docx";
        return new CorpusEntry($"{HarrowCorpus.Folder}/{file}", HarrowCorpus.Council, "Q2 2023/24",
            StrategicLayoutName, CorpusEntry.SeedRebuild, new DocxFile(StrategicDocument.Build(blocks, rated)),
            StrategicObservations.Build(file, rated), TableCount: 6,
            Actions: StrategicActions.Build(file, blocks, StrategicObservations.Quarter.Label));
    }

    private static CorpusEntry DerivedStrategic(IReadOnlyList<ScriptBlock> seed, HarrowSeries series, int quarter)
    {
        var report = StrategicDerived.Build(seed, series, Period.FinancialQuarter(2023, quarter));
        var file = $"harrow-strategic-performance-q{quarter}-2023-24.docx";
        var created = new DateTimeOffset(report.Quarter.End.AddDays(80).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var document = StrategicDocument.Build(report.Blocks, report.Rated, report.Title, created, DerivedNotes.For("Harrow"));
        return new CorpusEntry($"{HarrowCorpus.Folder}/{file}", HarrowCorpus.Council, report.Quarter.Label,
            StrategicLayoutName, CorpusEntry.Derived, new DocxFile(document),
            StrategicObservations.Build(file, report.Rated, report.Quarter), TableCount: 6,
            Actions: StrategicActions.Build(file, report.Blocks, report.Quarter.Label));
    }

    private static CorpusEntry Cover()
    {
        const string file = "harrow-cabinet-cover-q2-2023-24.docx";
        var blocks = LayoutScript.Load("harrow-cabinet-cover-q2-2023-24.txt");
        return new CorpusEntry($"{HarrowCorpus.Folder}/{file}", HarrowCorpus.Council, "Q2 2023/24",
            "cover-report-no-indicators", CorpusEntry.SeedRebuild, new DocxFile(CoverDocument.Build(blocks)), [], TableCount: 2);
    }
}
