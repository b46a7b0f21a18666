using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

public sealed class UnitInferenceTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData("Average Wait Time (seconds) before a telephone call is answered", Unit.Seconds)]
    [InlineData("PM1 Average time for processing new benefits claims (days)", Unit.Days)]
    [InlineData("Fly-tipping incidents per 1,000 people", Unit.Rate)]
    [InlineData("Rate of serious violence offences per 10,000 of the general 10-17 year old population", Unit.Rate)]
    [InlineData("The number of people who die from preventable causes linked to air quality, per 100,000 population", Unit.Rate)]
    [InlineData("Average no. of days taken to remove fly-tips", Unit.Days)]
    [InlineData("Residual household waste per household (kg/household) (Oflog)", Unit.Weight)]
    [InlineData("CO 2 emissions by Council estate (tonnes)", Unit.Weight)]
    [InlineData("Homelessness prevention (%)", Unit.Percent)]
    [InlineData("Annual rate of Secondary School Permanent exclusions as % of Harrow school population", Unit.Percent)]
    [InlineData("Annual rate of overall absence in primary schools", Unit.Rate)]
    [InlineData("% of customer calls successfully answered (>90% answered)", Unit.Percent)]
    [InlineData("Percentage of household waste sent for recycling (Oflog)", Unit.Percent)]
    [InlineData("Self service as a proportion of overall contact", Unit.Percent)]
    [InlineData("%age who agree that the Council keeps residents informed about what it's doing (survey)", Unit.Percent)]
    public void The_indicator_name_decides_first(string name, Unit expected) =>
        _normaliser.InferUnit(name, ["1073 12.2"]).Should().Be(expected);

    [Fact]
    public void A_proportion_is_a_percent_row_even_when_its_value_is_a_fraction() =>
        _normaliser.InferUnit("Proportion of new homes that are affordable", ["Annual", "0.348"]).Should().Be(Unit.Percent);

    [Fact]
    public void A_rate_printed_as_percentages_is_a_percent_row() =>
        _normaliser.InferUnit("Annual rate of overall absence in primary schools", ["4.0%", "2020-21 3.3% DfE", "2022-23 6.0% Harrow data"])
            .Should().Be(Unit.Percent);

    [Fact]
    public void Counts_from_bare_numbers() =>
        _normaliser.InferUnit("Number of anti-social behaviour incidents", ["997", "1435"]).Should().Be(Unit.Count);

    [Fact]
    public void One_percent_among_counts_does_not_make_a_percent_row() =>
        _normaliser.InferUnit("Domestic abuse with injury offences (rolling 12 months)", ["501", "518", "490 23%", "516", "525"])
            .Should().Be(Unit.Count);

    [Fact]
    public void Mostly_percent_values_make_a_percent_row() =>
        _normaliser.InferUnit("Repeat web contact ASB complaints (over 12 months)", ["New 23/24", "9.30%", "10%", "8.90%"])
            .Should().Be(Unit.Percent);

    [Fact]
    public void A_keyword_inside_a_word_does_not_count() =>
        _normaliser.InferUnit("Residents who agree that people from different backgrounds get on well together in their local area (survey)", ["79%"])
            .Should().Be(Unit.Percent);

    [Fact]
    public void Only_words_make_a_text_row() =>
        _normaliser.InferUnit("Contractor liaison with residents during regeneration work", ["TBC", "ТВС"]).Should().Be(Unit.Text);

    [Fact]
    public void Nothing_present_leaves_the_unit_unknown() =>
        _normaliser.InferUnit("Number of Council apprenticeships in line with flagship action", ["-", "n/a", "Data not yet available"])
            .Should().BeNull();
}
