using CorpusBuilder.Harrow;
using CorpusBuilder.Harrow.Recession;
using CorpusBuilder.Word;

namespace CorpusBuilder.Corpus;

/// <summary>Harrow Chief Executives Performance Morning reports: Q3 2009/10 from seed 002, Q2 and Q4 2009/10 and Q1 2010/11 derived.</summary>
internal static class HarrowRecessionEntries
{
    public const string Layout = "monthly-columns-no-year-value-arrows";

    public static IReadOnlyList<CorpusEntry> All()
    {
        var seed = PerformanceMorningSeed.Load();
        var series = new RecessionSeries(seed);
        var note = DerivedNotes.For("Harrow");
        return
        [
            .. Entries(PerformanceMorningDerived.Build(2009, 2, series, note), CorpusEntry.Derived),
            .. Entries(seed, CorpusEntry.SeedRebuild),
            .. Entries(PerformanceMorningDerived.Build(2009, 4, series, note), CorpusEntry.Derived),
            .. Entries(PerformanceMorningDerived.Build(2010, 1, series, note), CorpusEntry.Derived),
        ];
    }

    /// <summary>The Word report; the seed quarter also as the committee web page (same content, one gold file).</summary>
    private static IEnumerable<CorpusEntry> Entries(PerformanceMorning report, string origin)
    {
        var docx = report.BaseName + ".docx";
        var document = PerformanceMorningDocument.Build(report);
        var observations = RecessionObservations.Build(docx, report);
        yield return new CorpusEntry($"{HarrowCorpus.Folder}/{docx}", HarrowCorpus.Council, report.Reporting.Label, Layout, origin,
            new DocxFile(ReportDocx.Build(document)), observations, report.TableCount);
        if (origin == CorpusEntry.SeedRebuild)
            yield return new CorpusEntry($"{HarrowCorpus.Folder}/{report.BaseName}.html", HarrowCorpus.Council, report.Reporting.Label, Layout, origin,
                new HtmlFile(document, HarrowWebsite.Chrome(document.Title)), observations, report.TableCount);
    }
}
