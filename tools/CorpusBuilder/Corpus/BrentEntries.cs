using CorpusBuilder.Brent;
using CorpusBuilder.Harrow.Scorecard;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.Corpus;

/// <summary>
/// Brent (derived test documents, the corpus's third council): Borough Plan quarterly reports Q2 2023/24 to
/// Q1 2024/25 in Word, Q2 and Q4 also as workbooks and Q3 also as a web page (same content, shared gold files),
/// and the 2023/24 by-quarter workbook (its own layout and gold file).
/// </summary>
internal static class BrentEntries
{
    public const string Layout = "two-row-header-actual-target-rag-spacer-fill-rag";
    public const string WorkbookLayout = "sheet-per-quarter-theme-colour-rag";

    private static readonly HashSet<string> AsWorkbook = ["Q2 2023/24", "Q4 2023/24"];
    private static readonly HashSet<string> AsWebPage = ["Q3 2023/24"];

    public static IReadOnlyList<CorpusEntry> All()
    {
        var themes = BrentIndicators.Load();
        var series = new BrentSeries();
        var note = DerivedNotes.Invented(BrentCorpus.Name);
        var entries = new List<CorpusEntry>();
        foreach (var (year, quarter) in new[] { (2023, 2), (2023, 3), (2023, 4), (2024, 1) })
        {
            var latest = Period.FinancialQuarter(year, quarter);
            var report = BrentReport.For(latest, ScorecardPeriods.Previous(latest), themes, series);
            var docx = report.BaseName + ".docx";
            var (document, placed) = BrentDocument.Build(report, note);
            var observations = BrentObservations.Build(docx, report, placed);
            entries.Add(Entry(docx, latest.Label, Layout, new DocxFile(ReportDocx.Build(document)), observations, 2));
            if (AsWorkbook.Contains(latest.Label))
                entries.Add(Entry(report.BaseName + ".xlsx", latest.Label, Layout, new XlsxFile(BrentSpreadsheet.Build(report, document)), observations, 2));
            if (AsWebPage.Contains(latest.Label))
                entries.Add(Entry(report.BaseName + ".html", latest.Label, Layout, new HtmlFile(document, BrentWebsite.Chrome(latest.Label)), observations, 2));
        }
        const string workbookFile = "brent-borough-plan-kpis-2023-24-by-quarter.xlsx";
        var (workbook, workbookObservations) = BrentQuarterWorkbook.Build(workbookFile, 2023, themes, series, note);
        entries.Add(Entry(workbookFile, Period.FinancialYearLabel(2023), WorkbookLayout, new XlsxFile(workbook), workbookObservations, 4));
        return entries;
    }

    private static CorpusEntry Entry(string file, string period, string layout, DocumentFile format, IReadOnlyList<Observation> observations, int tables) =>
        new($"{BrentCorpus.Folder}/{file}", BrentCorpus.Council, period, layout, CorpusEntry.Derived, format, observations, tables);
}
