using CorpusBuilder.Havering;
using CorpusBuilder.Word;

namespace CorpusBuilder.Corpus;

/// <summary>The Havering O&S Board reports: Q1 2017/18 rebuilt from seed 004, Q2-Q4 2017/18 and Q1-Q2 2018/19 derived.</summary>
internal static class HaveringEntries
{
    public const string Layout = "subcommittee-merged-comparator-arrows";

    private static readonly HashSet<string> AsWebPage = ["Q1 2017/18", "Q4 2017/18"];
    private static readonly HashSet<string> AsWorkbook = ["Q3 2017/18"];

    public static IReadOnlyList<CorpusEntry> All()
    {
        var seed = HaveringSeed.Load();
        var derived = new HaveringDerived(seed);
        return
        [
            .. Entries(seed, CorpusEntry.SeedRebuild),
            .. Entries(derived.Quarter(2017, 2), CorpusEntry.Derived),
            .. Entries(derived.Quarter(2017, 3), CorpusEntry.Derived),
            .. Entries(derived.Quarter(2017, 4), CorpusEntry.Derived),
            .. Entries(derived.Quarter(2018, 1), CorpusEntry.Derived),
            .. Entries(derived.Quarter(2018, 2), CorpusEntry.Derived),
        ];
    }

    /// <summary>The Word report, and for some quarters the same content as a web page or a workbook (one shared gold file).</summary>
    private static IEnumerable<CorpusEntry> Entries(HaveringQuarter quarter, string origin)
    {
        var docx = quarter.BaseName + ".docx";
        var note = origin == CorpusEntry.Derived ? DerivedNotes.For("Havering") : null;
        var (document, placed) = HaveringDocument.Build(quarter, note);
        var observations = HaveringObservations.Build(docx, quarter, placed);
        var label = quarter.QuarterPeriod.Label;
        yield return Entry(docx, label, origin, new DocxFile(ReportDocx.Build(document)), observations);
        if (AsWebPage.Contains(label))
            yield return Entry(quarter.BaseName + ".html", label, origin, new HtmlFile(document, HaveringWebsite.Chrome(quarter)), observations);
        if (AsWorkbook.Contains(label))
            yield return Entry(quarter.BaseName + ".xlsx", label, origin, new XlsxFile(HaveringWebsite.Workbook(document, quarter)), observations);
    }

    private static CorpusEntry Entry(string file, string period, string origin, DocumentFile format, IReadOnlyList<Ingest.Core.Observations.Observation> observations) =>
        new($"{HaveringCorpus.Folder}/{file}", HaveringCorpus.Council, period, Layout, origin, format, observations, TableCount: 2);
}
