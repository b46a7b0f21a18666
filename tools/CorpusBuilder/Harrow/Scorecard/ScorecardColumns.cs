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

    /// <summary>Target, actual and RAG columns per period, oldest first; the bare "RAG" header belongs to Q1 2023/24.</summary>
    public static readonly IReadOnlyList<PeriodGroup> Groups =
    [
        new(3, 4, 5, Period.FinancialQuarter(2022, 1)),
        new(6, 7, 8, Period.FinancialQuarter(2022, 4)),
        new(9, 10, 11, Period.FinancialQuarter(2023, 1)),
    ];

    /// <summary>The reporting period: trend and commentary ("Management Commentary Q1 23/24") belong to it.</summary>
    public static PeriodGroup Latest => Groups[^1];

    public static bool IsRag(int column) => Groups.Any(g => g.Rag == column);
}

internal sealed record PeriodGroup(int Target, int Actual, int Rag, Period Period);
