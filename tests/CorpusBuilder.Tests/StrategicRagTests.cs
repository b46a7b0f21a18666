using CorpusBuilder.Harrow.Strategic;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

public sealed class StrategicRagTests
{
    [Theory]
    // Rows of seed 001's Performance Indicators tables: polarity, target, actual.
    [InlineData(Polarity.Higher, "15", "12", Rag.Red)]      // Customer Excellence Academy: 20% short, 3 points
    [InlineData(Polarity.Higher, "98", "97", Rag.Amber)]    // P1 or P2 outages
    [InlineData(Polarity.Higher, "95", "95", Rag.Green)]    // self service, met exactly
    [InlineData(Polarity.Lower, "8", "8.3", Rag.Amber)]     // vacant premises
    [InlineData(Polarity.Lower, "500", "537", Rag.Red)]     // domestic abuse with injury, 7.4% over
    [InlineData(Polarity.Lower, "0", "0.49", Rag.Red)]      // SEN exclusions against a zero target
    [InlineData(Polarity.Lower, "1075", "1098", Rag.Amber)] // temporary accommodation, 2.1% over
    public void Relative_shortfall_against_the_key(Polarity polarity, string target, string actual, Rag expected)
    {
        StrategicRag.Compute(polarity, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(expected);
    }
}
