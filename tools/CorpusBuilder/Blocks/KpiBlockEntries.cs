using CorpusBuilder.Corpus;
using CorpusBuilder.Word;
using Ingest.Core.Observations;

namespace CorpusBuilder.KpiBlocks;

/// <summary>
/// The KPI-block reports (derived test documents in the layout of Kent County Council's Quarterly Performance
/// Report): Q3 and Q4 2023/24 and Q1 2024/25 in Word, each with the quarter before it. Their PDF twins are printed by tools/print-pdfs.sh and share the gold files.
/// </summary>
internal static class KpiBlockEntries
{
    public static IReadOnlyList<CorpusEntry> All()
    {
        var series = new KpiBlockSeries();
        var note = DerivedNotes.For(KpiBlockCorpus.Name);
        var entries = new List<CorpusEntry>();
        foreach (var (year, quarter) in new[] { (2023, 3), (2023, 4), (2024, 1) })
        {
            var report = KpiBlockReport.For(Period.FinancialQuarter(year, quarter), series);
            var docx = report.BaseName + ".docx";
            var (document, placed) = KpiBlockDocument.Build(report, note);
            entries.Add(new CorpusEntry($"{KpiBlockCorpus.Folder}/{docx}", KpiBlockCorpus.Council, report.Latest.Label, KpiBlockCorpus.Layout,
                CorpusEntry.Derived, new DocxFile(ReportDocx.Build(document)), KpiBlockObservations.Build(docx, report, placed), 1));
        }
        return entries;
    }
}
