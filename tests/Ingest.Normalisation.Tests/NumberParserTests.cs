using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

public sealed class NumberParserTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData("93%", "93", true)]
    [InlineData("5,132", "5132", false)]
    [InlineData("172.5", "172.5", false)]
    [InlineData("£7m", "7000000", false)]
    [InlineData("£1.2bn", "1200000000", false)]
    [InlineData("0.8 days", "0.8", false)]
    [InlineData("118.4kg per head", "118.4", false)]
    [InlineData("+7.5%", "7.5", true)]
    [InlineData("-2.30%", "-2.3", true)]
    [InlineData("99.50%", "99.5", true)]
    [InlineData("50%*", "50", true)]
    [InlineData("12.1%", "12.1", true)]
    public void A_single_clean_number_is_read_with_full_confidence(string raw, string expected, bool percent)
    {
        var reading = _normaliser.ParseNumber(raw, null);

        reading.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        reading.HadPercentSign.Should().Be(percent);
        reading.NumbersFound.Should().Be(1);
        reading.Confidence.Should().Be(1.0);
    }

    [Theory]
    [InlineData("0.12", Unit.Percent, "12")]
    [InlineData("0.348", Unit.Percent, "34.8")]
    [InlineData("0.9", Unit.Percent, "90")]
    [InlineData("0.121", Unit.Percent, "12.1")]
    [InlineData("0.12", Unit.Count, "0.12")]
    [InlineData("0.12", null, "0.12")]
    [InlineData("0.49%", Unit.Percent, "0.49")]
    [InlineData("65", Unit.Percent, "65")]
    public void A_bare_fraction_is_a_percentage_only_in_a_percent_row(string raw, Unit? unit, string expected) =>
        _normaliser.ParseNumber(raw, unit).Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1073 12.2", Unit.Count, "1073")]
    [InlineData("490 23%", Unit.Count, "490")]
    [InlineData("2020-21 0.10% / 15 DfE", Unit.Percent, "0.10")]
    [InlineData("2022-23 3.18% / 1,247 Harrow data", Unit.Percent, "3.18")]
    [InlineData("March 2022 52.7% (cohort 799)", Unit.Percent, "52.7")]
    [InlineData("June 2023 72.8% (cohort 504)", null, "72.8")]
    [InlineData("48.4% (2018-19) No statutory assessments for 2019-20 & 2020-21", Unit.Percent, "48.4")]
    [InlineData("18.3 out of 24", null, "18.3")]
    [InlineData("72 (40%)", Unit.Percent, "40")]
    [InlineData("72 (40%)", Unit.Count, "72")]
    [InlineData("6% (Litter) 3% (Detritus) 9% (Graffiti) 0% (Fly Posting)", Unit.Percent, "6")]
    [InlineData("770 (AY 15-16)", Unit.Count, "770")]
    [InlineData("24.4% (RY May 23)", Unit.Count, "24.4")]
    [InlineData("99.5% (Mar 23)", Unit.Percent, "99.5")]
    public void Of_several_numbers_the_first_agreeing_with_the_row_unit_is_taken_at_lower_confidence(string raw, Unit? unit, string expected)
    {
        var reading = _normaliser.ParseNumber(raw, unit);

        reading.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        reading.NumbersFound.Should().BeGreaterThan(1);
        reading.Confidence.Should().Be(0.7);
    }

    [Fact]
    public void When_no_number_agrees_with_the_unit_the_first_is_taken_at_lowest_confidence()
    {
        var reading = _normaliser.ParseNumber("1073 12.2", Unit.Percent);

        reading.Value.Should().Be(1073m);
        reading.Confidence.Should().Be(0.5);
    }

    [Fact]
    public void A_percent_picked_among_bare_numbers_reports_its_sign() =>
        _normaliser.ParseNumber("72 (40%)", Unit.Percent).HadPercentSign.Should().BeTrue();

    [Theory]
    [InlineData("2022-23 provisional results will be available in Q2")]
    [InlineData("No Target - This indicator is for information about reach")]
    [InlineData("Better than England (Annual 3-year rolling period)")]
    [InlineData("there is no Q1 data for this survey-based measure. next update in Q4 with draft results")]
    [InlineData("-")]
    [InlineData("")]
    public void A_cell_without_a_value_has_no_number(string raw) =>
        _normaliser.ParseNumber(raw, Unit.Percent).Value.Should().BeNull();

    [Fact]
    public void A_period_label_alone_counts_as_found_but_is_no_value()
    {
        var reading = _normaliser.ParseNumber("2022-23 provisional results will be available in Q2", null);

        reading.NumbersFound.Should().Be(1);
        reading.Value.Should().BeNull();
    }

    [Fact]
    public void A_year_alone_in_a_cell_is_its_value() =>
        _normaliser.ParseNumber("2015", Unit.Count).Value.Should().Be(2015m);

    [Fact]
    public void A_year_beside_another_number_is_ignored() =>
        _normaliser.ParseNumber("11 of 16 (CIPFA) in 2022", Unit.Count).Value.Should().Be(11m);

    [Fact]
    public void A_date_is_not_a_number() =>
        _normaliser.ParseNumber("Targets and outturns to be confirmed as part of the Better Care Fund (BCF) submission which is due on 11/09/2017", Unit.Count).Value.Should().BeNull();

    [Fact]
    public void A_scale_word_multiplies_only_in_a_currency_context()
    {
        _normaliser.ParseNumber("7m", Unit.Currency).Value.Should().Be(7_000_000m);
        _normaliser.ParseNumber("7 m", Unit.Count).Value.Should().Be(7m);
    }

    [Fact]
    public void Thousands_separators_inside_a_longer_cell_are_kept() =>
        _normaliser.ParseNumber("157 per 100,000 population GREEN", Unit.Rate).Value.Should().Be(157m);

    [Fact]
    public void A_value_beside_a_rag_word_is_read() =>
        _normaliser.ParseNumber("83% RED", Unit.Percent).Value.Should().Be(83m);
}
