using CorpusBuilder.Corpus;
using CorpusBuilder.Word;

namespace CorpusBuilder.Checks;

/// <summary>The check-case reports (<see cref="CheckCases"/>) as corpus entries under corpus/checks, in Word.</summary>
internal static class CheckCaseEntries
{
    public const string Folder = "checks";
    public const string Layout = "check-cases-two-row-header-fill-rag";

    public static IReadOnlyList<CorpusEntry> All() =>
        CheckCases.Reports().Select(report =>
        {
            var file = report.BaseName + ".docx";
            return new CorpusEntry($"{Folder}/{file}", Harrow.HarrowCorpus.Council, report.Latest.Label, Layout, CorpusEntry.Derived,
                new DocxFile(ReportDocx.Build(CheckCaseDocument.Build(report))), CheckCaseObservations.Build(file, report), TableCount: 1);
        }).ToList();
}
