using CorpusBuilder.Report;
using CorpusBuilder.Word;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>The Performance Morning report as a portrait Word document with no running header, as the seed shows it.</summary>
internal static class PerformanceMorningDocument
{
    public const string Author = "Harrow Council";

    public static ReportDocument Build(PerformanceMorning report) => new(
        $"Harrow Chief Executives Performance Morning Report {report.Reporting.Label}",
        Author,
        new DateTimeOffset(report.Reporting.End.AddDays(50).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
        PageSetup.PortraitNormal,
        PageHeader: null,
        PageFooter: null,
        report.Blocks,
        report.DerivedNote);
}
