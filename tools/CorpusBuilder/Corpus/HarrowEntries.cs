using CorpusBuilder.Harrow;
using CorpusBuilder.Harrow.Cover;
using CorpusBuilder.Harrow.Scorecard;
using CorpusBuilder.Harrow.Strategic;
using CorpusBuilder.Script;

namespace CorpusBuilder.Corpus;

/// <summary>The three Harrow documents rebuilt from seeds 000, 001 and 003.</summary>
internal static class HarrowEntries
{
    public static IReadOnlyList<CorpusEntry> All() => [Scorecard(), Strategic(), Cover()];

    private static CorpusEntry Scorecard()
    {
        const string file = "harrow-corporate-scorecard-q1-2023-24.docx";
        var rows = ScorecardLayout.Place(ScorecardSeed.Load());
        return new CorpusEntry($"{HarrowCorpus.Folder}/{file}", HarrowCorpus.Council, "Q1 2023/24",
            "scorecard-15col-three-period-groups", ScorecardDocument.Build(rows),
            ScorecardObservations.Build(file, rows), TableCount: 1);
    }

    private static CorpusEntry Strategic()
    {
        const string file = "harrow-strategic-performance-q2-2023-24.docx";
        var blocks = LayoutScript.Load("harrow-strategic-performance-q2-2023-24.txt");
        var rated = IndicatorRating.Rate(blocks);
        return new CorpusEntry($"{HarrowCorpus.Folder}/{file}", HarrowCorpus.Council, "Q2 2023/24",
            "pi-tables-rag-by-bullet-colour", StrategicDocument.Build(blocks, rated),
            StrategicObservations.Build(file, rated), TableCount: 6);
    }

    private static CorpusEntry Cover()
    {
        const string file = "harrow-cabinet-cover-q2-2023-24.docx";
        var blocks = LayoutScript.Load("harrow-cabinet-cover-q2-2023-24.txt");
        return new CorpusEntry($"{HarrowCorpus.Folder}/{file}", HarrowCorpus.Council, "Q2 2023/24",
            "cover-report-no-indicators", CoverDocument.Build(blocks), [], TableCount: 2);
    }
}
