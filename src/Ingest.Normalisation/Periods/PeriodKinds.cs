using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Normalisation.Periods;

/// <summary>
/// The period types beyond financial quarters, years and months, with their dates and canonical labels:
/// academic years (September to August), financial year to date, and snapshots (one day).
/// </summary>
internal static class PeriodKinds
{
    /// <summary>The school year starting in September of <paramref name="startYear"/>: "Academic year 2021/22".</summary>
    public static Period AcademicYear(int startYear) =>
        new($"Academic year {Period.FinancialYearLabel(startYear)}", PeriodType.AcademicYear,
            new DateOnly(startYear, 9, 1), new DateOnly(startYear + 1, 8, 31));

    /// <summary>From the start of the financial year (1 April) to the end of the month given: "YTD September 2023".</summary>
    public static Period YearToDate(int year, int month)
    {
        var end = MonthEnd(year, month);
        return new Period($"YTD {MonthName(month)} {year}", PeriodType.YearToDate, new DateOnly(Period.FinancialYearOf(end), 4, 1), end);
    }

    /// <summary>One day: "As at 31 March 2024".</summary>
    public static Period Snapshot(DateOnly day) =>
        new($"As at {day.Day} {MonthName(day.Month)} {day.Year}", PeriodType.Snapshot, day, day);

    private static DateOnly MonthEnd(int year, int month) => new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
