namespace Ingest.Core.Observations;

/// <summary>A reporting period with its canonical label and its dates (UK financial years run April to March).</summary>
public sealed record Period(string Label, PeriodType Type, DateOnly Start, DateOnly End)
{
    /// <summary>Quarter <paramref name="quarter"/> (1-4) of the financial year starting in April of <paramref name="startYear"/>.</summary>
    public static Period FinancialQuarter(int startYear, int quarter)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        var start = new DateOnly(startYear, 4, 1).AddMonths(3 * (quarter - 1));
        return new Period($"Q{quarter} {FinancialYearLabel(startYear)}", PeriodType.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static Period FinancialYear(int startYear) =>
        new(FinancialYearLabel(startYear), PeriodType.Year, new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31));

    public static Period Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new Period($"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}",
            PeriodType.Month, start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>The twelve months ending with the month given: "12 months to May 2023" is June 2022 to May 2023.</summary>
    public static Period RollingTwelveMonths(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new Period($"12 months to {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}",
            PeriodType.RollingTwelveMonths, start.AddMonths(-11), start.AddMonths(1).AddDays(-1));
    }

    public static string FinancialYearLabel(int startYear) => $"{startYear}/{(startYear + 1) % 100:00}";

    /// <summary>
    /// The period of the same kind just before this one (the quarter, month or financial year before), which a
    /// report means by "previous"; null for kinds without a fixed step.
    /// </summary>
    public Period? Previous() => Type switch
    {
        PeriodType.Quarter => QuarterStarting(Start.AddMonths(-3)),
        PeriodType.Month => Month(Start.AddMonths(-1).Year, Start.AddMonths(-1).Month),
        PeriodType.Year => FinancialYear(FinancialYearOf(Start) - 1),
        _ => null,
    };

    private static Period QuarterStarting(DateOnly start) => FinancialQuarter(FinancialYearOf(start), (start.Month + 8) % 12 / 3 + 1);

    /// <summary>The financial year (its starting calendar year) that contains a date.</summary>
    public static int FinancialYearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;
}
