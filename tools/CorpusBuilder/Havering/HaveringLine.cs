using Ingest.Core.Observations;

namespace CorpusBuilder.Havering;

/// <summary>
/// One indicator row of the Havering table, every cell as printed (after the OCR repairs). The arrows are
/// Havering's: up means performance got better, whatever the polarity; "-" where there is nothing to compare.
/// </summary>
/// <param name="Value">The polarity cell: "Bigger is better", "Smaller is better", "TBC" or "N/A".</param>
/// <param name="Performance">The reporting quarter's value, with its RAG word where it has one ("83% RED").</param>
/// <param name="ShortValue">Comparator of the short-term direction (the previous quarter, or the last annual outturn for Q1).</param>
/// <param name="LongValue">Comparator of the long-term direction (the same quarter last year).</param>
internal sealed record HaveringLine(
    string SubCommittee,
    string Indicator,
    string Value,
    string AnnualTarget,
    string QuarterTarget,
    string Performance,
    string ShortArrow,
    string ShortValue,
    string LongArrow,
    string LongValue,
    string Comments);

/// <summary>A Havering report for one quarter: its periods, its header texts and its table, page by page.</summary>
/// <param name="FinancialYear">Start year of the financial year reported (2017 for 2017/18).</param>
internal sealed record HaveringQuarter(int FinancialYear, int Quarter, IReadOnlyList<IReadOnlyList<HaveringLine>> Pages)
{
    private static readonly string[] QuarterWords = ["One", "Two", "Three", "Four"];

    public IEnumerable<HaveringLine> Lines => Pages.SelectMany(p => p);

    public Period QuarterPeriod => Period.FinancialQuarter(FinancialYear, Quarter);

    /// <summary>The year of the annual target column.</summary>
    public Period YearPeriod => Period.FinancialYear(FinancialYear);

    /// <summary>Q1 compares with last year's annual outturn ("Annual 2016/17 (Q4)"), later quarters with the quarter before.</summary>
    public Period ShortPeriod => Quarter == 1 ? Period.FinancialYear(FinancialYear - 1) : Period.FinancialQuarter(FinancialYear, Quarter - 1);

    public Period LongPeriod => Period.FinancialQuarter(FinancialYear - 1, Quarter);

    private string Year => Period.FinancialYearLabel(FinancialYear);

    private string LastYear => Period.FinancialYearLabel(FinancialYear - 1);

    public string Title => $"O&S Board Performance Report: Quarter {QuarterWords[Quarter - 1]} {Year}";

    public string Subtitle => $"{FinancialYear}-{(FinancialYear + 1) % 100:00} Corporate Performance Indicator";

    public string AnnualTargetHeader => $"{Year} Annual Target";

    public string QuarterTargetHeader => $"{Year} Q{Quarter} Target";

    public string PerformanceHeader => $"{Year} Q{Quarter} Performance";

    public string ShortHeader => Quarter == 1
        ? $"Short Term DOT against Annual {LastYear} (Q4)"
        : $"Short Term DOT against Q{Quarter - 1} {Year}";

    public string LongHeader => $"Long Term DOT against Q{Quarter} {LastYear}";

    /// <summary>The file name both the document and its gold file use (without extension).</summary>
    public string BaseName => $"havering-os-board-performance-q{Quarter}-{FinancialYear}-{(FinancialYear + 1) % 100:00}";
}
