using Ingest.Normalisation.Legends;

namespace Ingest.Normalisation.Tests;

public sealed class LegendReaderTests
{
    private static DocumentLegend Read(params string[] texts) => SharedRules.Normaliser.Legends.Read(texts);

    [Fact]
    public void A_key_saying_up_is_better_makes_arrows_show_performance()
    {
        var legend = Read("Quarterly Performance Report", "Direction of travel: ↑ better than last quarter, ↓ worse, ↔ no change");

        legend.Arrows.Should().NotBeNull();
        legend.Arrows!.Meaning.Should().Be(ArrowMeanings.Performance);
        legend.Arrows.Up.Should().Contain(["↑", "▲"], "a key for one up arrow covers every glyph that points up");
        legend.Arrows.Down.Should().Contain(["↓", "▼"]);
        legend.Arrows.Same.Should().Contain("↔");
    }

    [Fact]
    public void A_key_saying_up_is_a_higher_value_makes_arrows_show_the_value()
    {
        var legend = Read("▲ value increased since last quarter ▼ value decreased since last quarter");

        legend.Arrows!.Meaning.Should().Be(ArrowMeanings.Value);
        legend.Arrows.Up.Should().Contain("▲");
        legend.Arrows.Down.Should().Contain("▼");
    }

    [Fact]
    public void Words_before_the_arrows_describe_them_too()
    {
        var legend = Read("Improved ↑", "Worsened ↓");

        legend.Arrows!.Meaning.Should().Be(ArrowMeanings.Performance);
        legend.Arrows.Up.Should().Contain("↑");
    }

    [Fact]
    public void A_key_that_reverses_the_arrows_is_followed()
    {
        var legend = Read("Key: ↓ performance has improved; ↑ performance has got worse");

        legend.Arrows!.Up.Should().Contain("↓", "up means better, and this document draws better as a down arrow");
        legend.Arrows.Down.Should().Contain("↑");
    }

    [Fact]
    public void A_key_giving_one_direction_and_no_change_gives_the_other_direction_the_opposite()
    {
        var legend = Read("Direction of travel: ▼ performance has worsened; ◄► no change");

        legend.Arrows!.Meaning.Should().Be(ArrowMeanings.Performance);
        legend.Arrows.Down.Should().Contain("▼");
        legend.Arrows.Up.Should().Contain("▲", "a key that says what down and level mean leaves up meaning better");
        legend.Arrows.Same.Should().Contain("◄►");
    }

    [Theory]
    [InlineData("▲ Higher is better ▼ Lower is better")]
    [InlineData("↑ better ↓ worse ↑ increased")]
    [InlineData("Performance improved significantly in the quarter ↑")]
    public void Polarity_keys_contradictions_and_lone_arrows_are_no_key(string text) =>
        Read(text).Arrows.Should().BeNull();

    [Fact]
    public void The_amber_band_of_a_RAG_key_is_read()
    {
        var legend = Read("Green = on or better than target; Amber = within 5% of target; Red = more than 5% off target");

        legend.AmberWithin.Should().Be(5m);
    }

    [Fact]
    public void Long_prose_is_not_a_key() =>
        Read(new string('x', 500) + " ↑ better ↓ worse").Arrows.Should().BeNull();

    [Theory]
    [InlineData("Direction of travel: 1 the figure went up on last quarter, | the figure went down, -» no change. Arrows show the direction of the figure, not whether performance improved.", ArrowMeanings.Value)]
    [InlineData("DoT (direction of travel): t performance has improved; | performance has worsened; > performance has remained the same.", ArrowMeanings.Performance)]
    public void A_titled_key_whose_arrows_a_scan_lost_still_says_what_arrows_show(string key, string meaning)
    {
        var legend = Read("Corporate Performance Scorecard Q1 2021/22", key);

        legend.Arrows.Should().NotBeNull();
        legend.Arrows!.Meaning.Should().Be(meaning);
        legend.Arrows.Up.Should().Contain("↑", "an arrow pointing up is the rise");
        legend.Arrows.Down.Should().Contain("↓");
        legend.Arrows.Same.Should().Contain("↔");
    }

    [Theory]
    [InlineData("The number of households went up, and arrears went down.")]
    [InlineData("Direction of travel: the figure went up.")]
    public void Prose_of_rises_and_falls_without_a_key_title_or_a_fall_is_no_key(string text) =>
        Read(text).Arrows.Should().BeNull();
}
