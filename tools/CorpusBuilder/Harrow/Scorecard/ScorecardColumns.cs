using Ingest.Core.Observations;

namespace CorpusBuilder.Harrow.Scorecard;

/// <summary>The 15 columns of the scorecard (0-based) and the three period groups they hold.</summary>
internal static class ScorecardColumns
{
    public const int Indicator = 0;
    public const int Polarity = 1;
    public const int Benchmark = 2;
    public const int Trend = 12;
    public const int Commentary = 13;
    public const int PortfolioHolder = 14;

    private static readonly (int Target, int Actual, int Rag)[] GroupColumns = [(3, 4, 5), (6, 7, 8), (9, 10, 11)];

    /// <summary>
    /// Target, actual and RAG columns per period, as Harrow lays them out for a reporting quarter: the same quarter
    /// last year, the previous quarter, then the reporting quarter (whose bare "RAG" header belongs to it).
    /// </summary>
    public static IReadOnlyList<PeriodGroup> Groups(Period latest)
    {
        var periods = new[] { ScorecardPeriods.SameQuarterLastYear(latest), ScorecardPeriods.Previous(latest), latest };
        return periods.Select((p, i) => new PeriodGroup(GroupColumns[i].Target, GroupColumns[i].Actual, GroupColumns[i].Rag, p)).ToList();
    }

    public static bool IsRag(int column) => GroupColumns.Any(g => g.Rag == column);
}

internal sealed record PeriodGroup(int Target, int Actual, int Rag, Period Period);

/// <summary>Quarter arithmetic on UK financial years.</summary>
internal static class ScorecardPeriods
{
    public static (int Year, int Quarter) Parts(Period quarter) =>
        (Period.FinancialYearOf(quarter.Start), (quarter.Start.Month + 8) % 12 / 3 + 1);

    public static Period Previous(Period quarter)
    {
        var (year, q) = Parts(quarter);
        return q == 1 ? Period.FinancialQuarter(year - 1, 4) : Period.FinancialQuarter(year, q - 1);
    }

    public static Period SameQuarterLastYear(Period quarter)
    {
        var (year, q) = Parts(quarter);
        return Period.FinancialQuarter(year - 1, q);
    }
}
