using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Observations;

namespace Ingest.Normalisation.Periods;

/// <summary>
/// Finds the periods that need a word to be told apart (docs/dataset.md, "Periods"): an academic year
/// ("academic year 2021-22", "2021/22 AY"), rolling twelve months ("rolling year to May 2023", "RY May 23"),
/// year to date ("YTD Sep 23", "Apr-Sep 23", "year to date" with the document's reporting period) and snapshots
/// ("as at 31 March 2024", "as at 30/06/2023"). Every word comes from the <c>periods</c> section of the rules.
/// </summary>
internal sealed class PeriodTypeFinder
{
    private readonly MonthNames _months;
    private readonly Regex? _academic;
    private readonly Regex? _rolling;
    private readonly Regex? _ytdThenMonth;
    private readonly Regex? _ytdAlone;
    private readonly Regex _monthRange;
    private readonly Regex? _snapshotWords;
    private readonly Regex? _snapshotNumeric;

    public PeriodTypeFinder(PeriodRules rules, MonthNames months)
    {
        _months = months;
        var month = $@"(?<m>{months.Pattern})\.?";
        var year = @"(?:(?<y>(?:19|20)\d{2})|'?(?<yy>\d{2}))(?!\p{N})";
        if (rules.AcademicWords.Count > 0)
        {
            var words = $"(?:{RuleRegex.Alternation(rules.AcademicWords)})";
            _academic = RuleRegex.Compile(
                $@"(?<!\p{{L}}){words}\s*[-–:]?\s*{FinancialYearPattern.Text}|{FinancialYearPattern.Text}\s*[-–(]?\s*{words}(?!\p{{L}})",
                "periods.academic_words");
        }
        if (rules.RollingWords.Count > 0)
            _rolling = RuleRegex.Compile(
                $@"(?<!\p{{L}})(?:{RuleRegex.Alternation(rules.RollingWords)})\s*(?:(?:to|ending|end)\s+)?[-–:(]?\s*{month}\s*[-–]?\s*{year}",
                "periods.rolling_words");
        if (rules.YearToDateWords.Count > 0)
        {
            var words = $"(?:{RuleRegex.Alternation(rules.YearToDateWords)})";
            _ytdThenMonth = RuleRegex.Compile($@"(?<!\p{{L}}){words}\s*(?:(?:to|ending|end)\s+)?[-–:(]?\s*{month}\s*[-–]?\s*{year}", "periods.year_to_date_words");
            _ytdAlone = RuleRegex.Compile($@"(?<!\p{{L}}){words}(?!\p{{L}})", "periods.year_to_date_words");
        }
        _monthRange = RuleRegex.Compile(
            $@"(?<!\p{{L}})(?<m1>{months.Pattern})\.?\s*(?:'?(?:19|20)?\d{{2}}\s*)?(?:-|–|to)\s*{month}\s*[-–]?\s*{year}", "periods.months");
        if (rules.SnapshotWords.Count > 0)
        {
            var words = $"(?:{RuleRegex.Alternation(rules.SnapshotWords)})";
            _snapshotWords = RuleRegex.Compile(
                $@"(?<!\p{{L}}){words}\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{month}\s*,?\s*(?<y>(?:19|20)\d{{2}})(?!\p{{N}})", "periods.snapshot_words");
            _snapshotNumeric = RuleRegex.Compile(
                $@"(?<!\p{{L}}){words}\s+(?<d>\d{{1,2}})[/.](?<mo>\d{{1,2}})[/.](?<y>(?:19|20)\d{{2}}|\d{{2}})(?!\p{{N}})", "periods.snapshot_words");
        }
    }

    /// <summary>Every such period the text names, with where it starts and how long its mention is.</summary>
    public IEnumerable<(int Index, int Length, Period Period)> FindAll(string text, DateOnly? reportingEnd)
    {
        if (_academic is not null)
            foreach (Match m in _academic.Matches(text))
                if (FinancialYearPattern.StartYear(m) is { } start)
                    yield return (m.Index, m.Length, PeriodKinds.AcademicYear(start));
        if (_rolling is not null)
            foreach (Match m in _rolling.Matches(text))
                yield return (m.Index, m.Length, Period.RollingTwelveMonths(Year(m), Month(m.Groups["m"].Value)));
        if (_ytdThenMonth is not null)
            foreach (Match m in _ytdThenMonth.Matches(text))
                yield return (m.Index, m.Length, PeriodKinds.YearToDate(Year(m), Month(m.Groups["m"].Value)));
        // "YTD" alone is to the end of the document's reporting period, when that is known.
        if (_ytdAlone is not null && reportingEnd is { } end)
            foreach (Match m in _ytdAlone.Matches(text))
                yield return (m.Index, m.Length, PeriodKinds.YearToDate(end.Year, end.Month));
        foreach (Match m in _monthRange.Matches(text))
            if (Range(m) is { } range)
                yield return (m.Index, m.Length, range);
        foreach (var regex in new[] { _snapshotWords, _snapshotNumeric })
            if (regex is not null)
                foreach (Match m in regex.Matches(text))
                    if (Snapshot(m) is { } day)
                        yield return (m.Index, m.Length, PeriodKinds.Snapshot(day));
    }

    // "Apr-Sep 23" runs from the start of the financial year: year to date; "Jun 22 - May 23" is twelve months.
    // Other ranges are no period type of the contract and are left alone (the year is the last month's).
    private Period? Range(Match m)
    {
        var first = Month(m.Groups["m1"].Value);
        var last = Month(m.Groups["m"].Value);
        var year = Year(m);
        var months = (last - first + 12) % 12 + 1;
        if (first == 4) return PeriodKinds.YearToDate(year, last);
        if (months == 12) return Period.RollingTwelveMonths(year, last);
        return null;
    }

    private DateOnly? Snapshot(Match m)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mo"].Success ? int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture) : Month(m.Groups["m"].Value);
        var yearText = m.Groups["y"].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture) + (yearText.Length == 2 ? 2000 : 0);
        // "As at 31st June 2017" is printed too: a date that does not exist names no period.
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private int Month(string name) => _months.Number(name) ?? throw new InvalidOperationException($"month pattern matched '{name}', which is no month");

    private static int Year(Match m) => m.Groups["y"].Success
        ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
        : 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
}
