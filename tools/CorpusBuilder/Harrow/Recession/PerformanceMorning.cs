using CorpusBuilder.Report;
using Ingest.Core.Observations;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>One Harrow Chief Executives Performance Morning report and the recession table inside it.</summary>
/// <param name="Blocks">The whole body, the recession table included, in reading order.</param>
/// <param name="TableIndex">1-based position of the recession table among the document's tables.</param>
/// <param name="Section">The heading the table sits under, the section of its rows.</param>
internal sealed record PerformanceMorning(
    int FinancialYear,
    int Quarter,
    IReadOnlyList<ReportBlock> Blocks,
    RecessionTable Table,
    int TableIndex,
    string Section,
    string? DerivedNote)
{
    public const string RecessionHeading = "Mitigating the Impact of the Recession";

    public Period Reporting => Period.FinancialQuarter(FinancialYear, Quarter);

    public string BaseName => $"harrow-performance-morning-q{Quarter}-{FinancialYear}-{(FinancialYear + 1) % 100:00}";

    public int TableCount => Blocks.OfType<TableBlock>().Count();
}
