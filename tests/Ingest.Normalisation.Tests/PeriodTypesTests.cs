using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

/// <summary>Academic years, rolling twelve months, year to date and snapshots (issue 6, periods).</summary>
public sealed class PeriodTypesTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("Academic year 2021-22")]
    [InlineData("2021-22 academic year")]
    [InlineData("KS4 Attainment 8 (AY 2021/22)")]
    [InlineData("School year 2021/22")]
    public void An_academic_year_runs_september_to_august(string header)
    {
        var period = _normaliser.FindPeriod(header)!;
        period.Should().Be(new Period("Academic year 2021/22", PeriodType.AcademicYear, D(2021, 9, 1), D(2022, 8, 31)));
    }

    [Fact]
    public void A_bare_year_label_stays_a_financial_year() =>
        _normaliser.FindPeriod("2021-22")!.Type.Should().Be(PeriodType.Year);

    [Theory]
    [InlineData("RY May 23")]
    [InlineData("Rolling year to May 2023")]
    [InlineData("Rolling 12 months to May-23")]
    [InlineData("12 months to May 2023")]
    [InlineData("Jun 22 - May 23")]
    public void Rolling_twelve_months_end_with_the_month_named(string header)
    {
        var period = _normaliser.FindPeriod(header)!;
        period.Should().Be(new Period("12 months to May 2023", PeriodType.RollingTwelveMonths, D(2022, 6, 1), D(2023, 5, 31)));
    }

    [Theory]
    [InlineData("YTD Sep 23")]
    [InlineData("Year to date September 2023")]
    [InlineData("Apr-Sep 23")]
    [InlineData("April to September 2023 actual")]
    public void Year_to_date_runs_from_the_first_of_april(string header)
    {
        var period = _normaliser.FindPeriod(header)!;
        period.Should().Be(new Period("YTD September 2023", PeriodType.YearToDate, D(2023, 4, 1), D(2023, 9, 30)));
    }

    [Fact]
    public void Year_to_date_in_january_belongs_to_the_financial_year_begun_the_april_before()
    {
        var period = _normaliser.FindPeriod("YTD Jan 24")!;
        period.Start.Should().Be(D(2023, 4, 1));
        period.End.Should().Be(D(2024, 1, 31));
    }

    [Fact]
    public void Ytd_alone_runs_to_the_end_of_the_documents_reporting_period()
    {
        var period = _normaliser.FindPeriod("YTD Actual", Period.FinancialQuarter(2023, 3))!;
        period.Should().Be(new Period("YTD December 2023", PeriodType.YearToDate, D(2023, 4, 1), D(2023, 12, 31)));
        _normaliser.FindPeriod("YTD Actual").Should().BeNull("without a reporting period there is no end to run to");
    }

    [Theory]
    [InlineData("Position as at 31 March 2024")]
    [InlineData("As at 31st March 2024")]
    [InlineData("as of 31/03/2024")]
    public void A_snapshot_is_one_day(string header)
    {
        var period = _normaliser.FindPeriod(header)!;
        period.Should().Be(new Period("As at 31 March 2024", PeriodType.Snapshot, D(2024, 3, 31), D(2024, 3, 31)));
    }

    [Fact]
    public void A_date_that_does_not_exist_is_no_snapshot() =>
        // Seed 004's commentary prints "As at 31st June 2017": no such day; the month is still named.
        _normaliser.FindPeriod("As at 31st June 2017").Should().Be(Period.Month(2017, 6));

    [Fact]
    public void Quarters_still_win_when_they_come_first() =>
        _normaliser.FindPeriod("Q2 2023/24 YTD", Period.FinancialQuarter(2023, 2)).Should().Be(Period.FinancialQuarter(2023, 2));
}
