using System.Globalization;
using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

public sealed class TargetParserTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData(">90%", "90", "gt")]
    [InlineData("<10%", "10", "lt")]
    [InlineData(">=95%", "95", "ge")]
    [InlineData("≥ 95%", "95", "ge")]
    [InlineData("<=5%", "5", "le")]
    [InlineData("≤ 5%", "5", "le")]
    [InlineData("Above national 55.6% March 2022", "55.6", "above_national")]
    [InlineData("Gap lower than national National 52%", "52", "lt")]
    [InlineData("Gap lower than national National 22.5", "22.5", "lt")]
    [InlineData("5% of the annual invite target", "5", "text")]
    [InlineData("4.3% Biannually (Q2 and Q4)", "4.3", "text")]
    [InlineData("90%", "90", "")]
    [InlineData("120", "120", "")]
    [InlineData("1 day", "1", "")]
    [InlineData("441.01kg per head", "441.01", "")]
    public void A_target_with_a_number(string raw, string value, string qualifier)
    {
        var reading = _normaliser.ParseTarget(raw, null);

        reading.Value.Should().Be(decimal.Parse(value, CultureInfo.InvariantCulture));
        reading.Qualifier.Should().Be(qualifier);
    }

    [Theory]
    [InlineData("Above national", "above_national")]
    [InlineData("Gap lower than national", "lt")]
    [InlineData("BL", "baseline")]
    [InlineData("TBC", "tbc")]
    [InlineData("ТВС", "tbc")] // Cyrillic, as Havering's OCR printed it
    [InlineData("No Target - This indicator is for information about reach", "no_target")]
    [InlineData("Better than England (Annual 3-year rolling period)", "text")]
    [InlineData("-", "")]
    [InlineData("N/A", "")]
    [InlineData("", "")]
    public void A_target_without_a_number(string raw, string qualifier)
    {
        var reading = _normaliser.ParseTarget(raw, null);

        reading.Value.Should().BeNull();
        reading.Qualifier.Should().Be(qualifier);
    }

    [Fact]
    public void A_fraction_target_in_a_percent_row_is_a_percentage()
    {
        var reading = _normaliser.ParseTarget("0.9", Unit.Percent);

        reading.Value.Should().Be(90m);
        reading.Qualifier.Should().BeEmpty();
    }

    [Fact]
    public void A_target_picked_from_several_numbers_carries_the_lower_confidence()
    {
        _normaliser.ParseTarget("Above national 55.6% March 2022", Unit.Percent).Confidence.Should().Be(0.7);
        _normaliser.ParseTarget(">90%", Unit.Percent).Confidence.Should().Be(1.0);
    }
}
