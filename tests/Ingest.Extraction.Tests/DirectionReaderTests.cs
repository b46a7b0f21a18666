using Ingest.Core.Observations;
using Ingest.Extraction.Rows;
using Ingest.Extraction.Rules;
using Ingest.Normalisation;

namespace Ingest.Extraction.Tests;

public sealed class DirectionReaderTests
{
    private static readonly CouncilRules Councils = RealRules.Directory.Load<CouncilRules>(CouncilRules.FileName);
    private static readonly DirectionReader Reader = new(Normaliser.FromRules(RealRules.Directory));

    private static ArrowRules ArrowsOf(string council) => Councils.Councils.Single(c => c.Key == council).Arrows;

    [Theory]
    [InlineData("Improving", Direction.Improving)]
    [InlineData("Similar", Direction.Same)]
    [InlineData("Declining", Direction.Declining)]
    public void Words_mean_the_same_everywhere(string raw, Direction expected) =>
        Reader.Read(raw, Polarity.Lower, ArrowsOf("harrow")).Should().Be(expected);

    [Fact]
    public void Harrow_arrows_show_the_value_so_down_is_better_when_lower_is_good()
    {
        Reader.Read("↓", Polarity.Lower, ArrowsOf("harrow")).Should().Be(Direction.Improving);
        Reader.Read("↑", Polarity.Lower, ArrowsOf("harrow")).Should().Be(Direction.Declining);
        Reader.Read("↑", Polarity.Higher, ArrowsOf("harrow")).Should().Be(Direction.Improving);
        Reader.Read("↑", null, ArrowsOf("harrow")).Should().BeNull("without polarity a value arrow says nothing about performance");
    }

    [Fact]
    public void Havering_arrows_show_performance_whatever_the_polarity()
    {
        Reader.Read("↑", Polarity.Lower, ArrowsOf("havering")).Should().Be(Direction.Improving);
        Reader.Read("↓", Polarity.Higher, ArrowsOf("havering")).Should().Be(Direction.Declining);
    }

    [Fact]
    public void A_two_glyph_mark_wrapped_over_two_lines_is_still_that_mark()
    {
        var arrows = new ArrowRules { Meaning = ArrowRules.Performance, Up = ["▲"], Down = ["▼"], Same = ["◄►"] };
        Reader.Read("◄ ►", Polarity.Higher, arrows).Should().Be(Direction.Same);
        Reader.Read("◄\n►", Polarity.Higher, arrows).Should().Be(Direction.Same);
    }

    [Fact]
    public void Dashes_and_unknown_marks_are_no_direction() =>
        Reader.Read("-", Polarity.Higher, ArrowsOf("harrow")).Should().BeNull();
}
