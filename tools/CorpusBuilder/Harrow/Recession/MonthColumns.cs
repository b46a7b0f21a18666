using System.Globalization;
using Ingest.Core.Observations;

namespace CorpusBuilder.Harrow.Recession;

/// <summary>
/// docs/dataset.md: "Months without a year take it from the document's reporting period". Read here as: a month
/// column is that month's most recent occurrence ending on or before the reporting period's end, so in
/// Q3 2009/10 September..December are 2009, in Q4 2009/10 December is 2009 and January..March 2010, and in
/// Q1 2010/11 March is 2010.
/// </summary>
internal static class MonthColumns
{
    public static Period Period(string monthName, Period reporting)
    {
        var month = DateTime.ParseExact(monthName, "MMMM", CultureInfo.InvariantCulture).Month;
        var end = reporting.End;
        var year = month <= end.Month ? end.Year : end.Year - 1;
        return Ingest.Core.Observations.Period.Month(year, month);
    }

    public static string Name(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
