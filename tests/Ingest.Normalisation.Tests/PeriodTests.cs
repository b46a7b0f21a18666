using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

public sealed class PeriodTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData("Target Q1 2022/23", 2022, 1)]
    [InlineData("Actual Q4 - 2022/23", 2022, 4)]
    [InlineData("RAG Q1 - 22/23", 2022, 1)]
    [InlineData("RAG - Q4 22/23", 2022, 4)]
    [InlineData("Management Commentary Q1 23/24", 2023, 1)]
    [InlineData("Actual\nQ2 2023/24", 2023, 2)]
    [InlineData("Quarter One 2017/18", 2017, 1)]
    [InlineData("O&S Board Performance Report: Quarter One 2017/18", 2017, 1)]
    [InlineData("Q3 2009/10", 2009, 3)]
    [InlineData("2017/18 Q1 Target", 2017, 1)]
    [InlineData("Long Term DOT against Q1 2016/17", 2016, 1)]
    public void Quarters_of_financial_years(string header, int startYear, int quarter) =>
        _normaliser.FindPeriod(header).Should().Be(Period.FinancialQuarter(startYear, quarter));

    [Theory]
    [InlineData("2023/24", 2023)]
    [InlineData("2023-24", 2023)]
    [InlineData("22/23", 2022)]
    [InlineData("Corporate Scorecard 2023-24", 2023)]
    [InlineData("2017/18 Annual Target", 2017)]
    [InlineData("Short Term DOT against Annual 2016/17 (Q4)", 2016)]
    public void Financial_years(string header, int startYear) =>
        _normaliser.FindPeriod(header).Should().Be(Period.FinancialYear(startYear));

    [Fact]
    public void A_quarter_has_the_dates_of_the_uk_financial_year()
    {
        var period = _normaliser.FindPeriod("Target Q1 2023/24")!;

        period.Label.Should().Be("Q1 2023/24");
        period.Start.Should().Be(new DateOnly(2023, 4, 1));
        period.End.Should().Be(new DateOnly(2023, 6, 30));
    }

    [Theory]
    [InlineData("RAG")]
    [InlineData("Trend vs previous Quarter")]
    [InlineData("Polarity: High ▲ or Low ▼ is 'good'")]
    [InlineData("September")] // a month needs the document's financial year
    [InlineData("Q2")] // so does a quarter without a year
    [InlineData("NEW in 2033/23")] // years that do not follow each other are no financial year
    [InlineData("% of care leavers (aged 19/21)")]
    public void Headers_without_a_datable_period(string header) =>
        _normaliser.FindPeriod(header).Should().BeNull();

    [Theory]
    [InlineData("September", 9, 2009)]
    [InlineData("October", 10, 2009)]
    [InlineData("December", 12, 2009)]
    [InlineData("January", 1, 2010)]
    [InlineData("March", 3, 2010)]
    public void A_month_alone_takes_its_year_from_the_financial_year(string header, int month, int year) =>
        _normaliser.FindPeriod(header, 2009).Should().Be(Period.Month(year, month));

    [Fact]
    public void A_month_alone_reads_with_its_label() =>
        _normaliser.FindPeriod("September", 2009)!.Label.Should().Be("September 2009");

    [Fact]
    public void A_lower_case_month_word_is_a_word_not_a_period() =>
        _normaliser.FindPeriod("results may be revised", 2023).Should().BeNull();

    [Fact]
    public void A_quarter_without_a_year_takes_the_financial_year_given() =>
        _normaliser.FindPeriod("Q2", 2023).Should().Be(Period.FinancialQuarter(2023, 2));

    [Theory]
    [InlineData("March 2022", 2022, 3)]
    [InlineData("99.5% (Mar-23)", 2023, 3)]
    [InlineData("Harrow's June 2023 outcome", 2023, 6)]
    public void Months_with_a_year(string text, int year, int month) =>
        _normaliser.FindPeriod(text).Should().Be(Period.Month(year, month));

    [Fact]
    public void The_first_period_mentioned_wins() =>
        _normaliser.FindPeriod("Reporting to commence from Q2 2023/24 as Training commenced early Q2")
            .Should().Be(Period.FinancialQuarter(2023, 2));

    [Theory]
    [InlineData("March", 2010, 3)]
    [InlineData("April", 2010, 4)]
    [InlineData("June", 2010, 6)]
    [InlineData("December", 2009, 12)]
    public void A_month_alone_lies_in_the_year_ending_with_the_reporting_period(string header, int year, int month) =>
        _normaliser.FindPeriod(header, Period.FinancialQuarter(2010, 1)).Should().Be(Period.Month(year, month));

    [Theory]
    [InlineData("Q1", 2020, 1)]
    [InlineData("Outturn Q4 19/2", 2019, 4)] // a scan lost the year's last digit (seed 6161's Harrow)
    [InlineData("Q3", 2019, 3)]
    public void A_quarter_without_its_year_is_the_latest_not_after_the_reporting_period(string header, int year, int quarter) =>
        _normaliser.FindPeriod(header, Period.FinancialQuarter(2020, 1)).Should().Be(Period.FinancialQuarter(year, quarter));
}
