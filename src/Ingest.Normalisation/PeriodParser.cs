using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Normalisation;

/// <summary>
/// Finds the first period a header or title names (docs/dataset.md, "Periods"): quarters of UK financial
/// years ("Q1 - 22/23", "Quarter One 2017/18", "2017/18 Q1"), financial years ("2023-24"), months with a
/// year ("March 2022") and, when the caller knows the financial year, months alone ("September"); and the types
/// that need a word (<see cref="Periods.PeriodTypeFinder"/>): academic years, rolling twelve months, year to date, snapshots.
/// </summary>
internal sealed class PeriodParser
{
    private readonly Regex _quarterThenYear;
    private readonly Regex _yearThenQuarter;
    private readonly Regex _monthWithYear;
    private readonly Regex _monthAlone;
    private readonly Regex? _annualYear;
    private readonly Dictionary<string, int> _quarterWords;
    private readonly MonthNames _months;
    private readonly Periods.PeriodTypeFinder _types;

    public PeriodParser(PeriodRules rules, MonthNames months)
    {
        _months = months;
        _types = new Periods.PeriodTypeFinder(rules, months);
        _quarterWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, number) in rules.QuarterWords)
        {
            if (number is < 1 or > 4)
                throw new InvalidDataException($"{NormalisationRules.FileName}, periods.quarter_words: '{word}' must be 1 to 4, not {number}");
            _quarterWords[word.Trim()] = number;
        }

        var prefix = rules.QuarterPrefixes.Count == 0 ? "(?!)" : "(?:" + RuleRegex.Alternation(rules.QuarterPrefixes) + ")";
        var quarterNumber = _quarterWords.Count == 0 ? "[1-4]" : "(?:[1-4]|" + RuleRegex.Alternation(_quarterWords.Keys) + ")";
        var quarter = $@"(?<![\p{{L}}\p{{N}}]){prefix}\s*(?<q>{quarterNumber})(?![\p{{L}}\p{{N}}])";
        const string between = @"\s*[-–:,(]?\s*";
        _quarterThenYear = RuleRegex.Compile($"{quarter}(?:{between}(?:FY\\s*)?{FinancialYearPattern.Text})?", "periods");
        _yearThenQuarter = RuleRegex.Compile($"{FinancialYearPattern.Text}{between}{quarter}", "periods");
        _monthWithYear = RuleRegex.Compile(
            $@"(?<!\p{{L}})(?<m>{months.Pattern})\.?(?:\s*(?<y>(?:19|20)\d{{2}})|\s*[-'’]\s*(?<yy>\d{{2}}))(?!\p{{N}})", "periods.months");
        _monthAlone = RuleRegex.Compile($@"(?<!\p{{L}})(?<m>{months.Pattern})(?!\p{{L}})", "periods.months");
        _annualYear = rules.AnnualWords.Count == 0
            ? null
            : RuleRegex.Compile($@"(?<!\p{{L}})(?:{RuleRegex.Alternation(rules.AnnualWords)})\s+{FinancialYearPattern.Text}", "periods.annual_words");
    }

    public Period? Find(string raw, int? contextFinancialYear, DateOnly? reportingEnd)
    {
        var text = TextNormaliser.Collapse(raw);
        var found = new List<(int Index, int Length, Period Period)>();
        foreach (Match m in _quarterThenYear.Matches(text))
            if (FinancialYearPattern.StartYear(m) is { } year)
                found.Add((m.Index, m.Length, Period.FinancialQuarter(year, Quarter(m))));
            else if (contextFinancialYear is { } reportYear)
                found.Add((m.Index, m.Length, QuarterEndingBy(reportYear, Quarter(m), reportingEnd)));
        // "Annual 2016/17 (Q4)" is the year reported at Q4: it starts before the quarter and so wins.
        if (_annualYear is not null)
            foreach (Match m in _annualYear.Matches(text))
                if (FinancialYearPattern.StartYear(m) is { } year)
                    found.Add((m.Index, m.Length, Period.FinancialYear(year)));
        foreach (Match m in _yearThenQuarter.Matches(text))
            if (FinancialYearPattern.StartYear(m) is { } year)
                found.Add((m.Index, m.Length, Period.FinancialQuarter(year, Quarter(m))));
        foreach (var (index, length, year) in FinancialYearPattern.FindAll(text))
            found.Add((index, length, Period.FinancialYear(year)));
        foreach (Match m in _monthWithYear.Matches(text))
            found.Add((m.Index, m.Length, Period.Month(CalendarYear(m), Month(m))));
        if (contextFinancialYear is { } context)
            foreach (Match m in _monthAlone.Matches(text))
                // Lower case is a word, not a heading: "data may be revised".
                if (char.IsUpper(m.Value[0]))
                    found.Add((m.Index, m.Length, reportingEnd is { } end
                        ? MonthEndingBy(end, Month(m))
                        : MonthOfFinancialYear(context, Month(m))));

        found.AddRange(_types.FindAll(text, reportingEnd));

        // The earliest mention wins; of two starting together the longer says more ("Q1 2023/24" over "Q1").
        return found.Count == 0 ? null : found.OrderBy(f => f.Index).ThenByDescending(f => f.Length).First().Period;
    }

    private int Quarter(Match m)
    {
        var q = m.Groups["q"].Value;
        return q.Length == 1 && char.IsDigit(q[0]) ? q[0] - '0' : _quarterWords[q];
    }

    private int Month(Match m) => _months.Number(m.Groups["m"].Value)
        ?? throw new InvalidOperationException($"month pattern matched '{m.Groups["m"].Value}', which is no month");

    private static int CalendarYear(Match m) => m.Groups["y"].Success
        ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
        : 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);

    // A quarter printed without its year ("Q4" in a Q1 2020/21 report, or a scan that lost the year's last digit): its
    // latest occurrence not after the reporting period's end, as a month's; figures are not reported ahead.
    private static Period QuarterEndingBy(int financialYear, int quarter, DateOnly? end)
    {
        var period = Period.FinancialQuarter(financialYear, quarter);
        return end is { } last && period.End > last ? Period.FinancialQuarter(financialYear - 1, quarter) : period;
    }

    // The month's latest occurrence not after the reporting period's end.
    private static Period MonthEndingBy(DateOnly end, int month) =>
        Period.Month(month <= end.Month ? end.Year : end.Year - 1, month);

    // A financial year runs April to March, so its January to March fall in the next calendar year.
    private static Period MonthOfFinancialYear(int startYear, int month) =>
        Period.Month(month >= 4 ? startYear : startYear + 1, month);
}
