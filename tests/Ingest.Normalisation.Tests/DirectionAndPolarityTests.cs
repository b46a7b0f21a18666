using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

public sealed class DirectionAndPolarityTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData("Improving", Direction.Improving)]
    [InlineData("Improved", Direction.Improving)]
    [InlineData("Better", Direction.Improving)]
    [InlineData("Similar", Direction.Same)]
    [InlineData("Same", Direction.Same)]
    [InlineData("Stable", Direction.Same)]
    [InlineData("No change", Direction.Same)]
    [InlineData("Declining", Direction.Declining)]
    [InlineData("Declined", Direction.Declining)]
    [InlineData("Worse", Direction.Declining)]
    [InlineData("Worsening", Direction.Declining)]
    public void Direction_words(string raw, Direction expected) =>
        _normaliser.ParseDirectionWord(raw).Should().Be(expected);

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("↑")] // arrows are read per council, not here
    [InlineData("Better or worse")]
    public void Cells_without_one_direction_word_have_none(string raw) =>
        _normaliser.ParseDirectionWord(raw).Should().BeNull();

    [Theory]
    [InlineData("▲", Polarity.Higher)]
    [InlineData("↑", Polarity.Higher)]
    [InlineData("High", Polarity.Higher)]
    [InlineData("Higher", Polarity.Higher)]
    [InlineData("Bigger is better", Polarity.Higher)]
    [InlineData("High is good", Polarity.Higher)]
    [InlineData("▼", Polarity.Lower)]
    [InlineData("↓", Polarity.Lower)]
    [InlineData("Low", Polarity.Lower)]
    [InlineData("Smaller is better", Polarity.Lower)]
    // A scan's reading of a wrapped "better": "bette" / "T".
    [InlineData("Smaller is bette T", Polarity.Lower)]
    [InlineData("Bigger is bette", Polarity.Higher)]
    public void Polarity_glyphs_and_words(string raw, Polarity expected) =>
        _normaliser.ParsePolarity(raw).Should().Be(expected);

    [Theory]
    [InlineData("uninterpretable")]
    [InlineData("")]
    [InlineData("TBC")]
    [InlineData("Polarity: High ▲ or Low ▼ is 'good'")] // the header names both: a legend, not a polarity
    public void Cells_without_one_polarity_have_none(string raw) =>
        _normaliser.ParsePolarity(raw).Should().BeNull();
}
