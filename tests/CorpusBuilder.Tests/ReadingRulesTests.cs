using CorpusBuilder.Contract;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

public sealed class ReadingRulesTests
{
    [Theory]
    [InlineData("NEW in 2033/23")]
    [InlineData("No survey in quarter")]
    [InlineData("n.a")]
    [InlineData("Awaiting Oflog publication for")]
    [InlineData("there is no Q1 data for this survey-based measure. next update in Q4 with draft results")]
    [InlineData("2022-23 provisional results will be available in Q2")]
    [InlineData("No Target - This indicator is for information about reach")]
    [InlineData("none set")]
    [InlineData("")]
    public void Absence_markers_are_absent(string cell) => AbsenceMarkers.IsAbsent(cell).Should().BeTrue();

    [Theory]
    [InlineData("BL")]
    [InlineData("0.12")]
    [InlineData("Gap lower than national")]
    [InlineData("18.3 out of 24")]
    public void Values_are_present(string cell) => AbsenceMarkers.IsAbsent(cell).Should().BeFalse();

    [Theory]
    [InlineData(">90%", "gt")]
    [InlineData("90%", "")]
    [InlineData("BL", "baseline")]
    [InlineData("TBC", "tbc")]
    [InlineData("Gap lower than national National 52%", "lt")]
    [InlineData("Gap lower than national", "below_national")]
    [InlineData("Above national", "above_national")]
    [InlineData("Above national 55.6% March 2022", "gt")]
    [InlineData("none set", "no_target")]
    [InlineData("-", "")]
    [InlineData("5% of the annual invite target", "")]
    public void Target_qualifiers(string target, string expected) => TargetQualifier.Of(target).Should().Be(expected);

    [Theory]
    [InlineData("PM1 Average time for processing new benefits claims (days)", Unit.Days)]
    [InlineData("Average no. of days taken to remove fly-tips", Unit.Days)]
    [InlineData("Business rates collected (£m, cumulative)", Unit.Currency)]
    [InlineData("Delayed transfers of care (days per 100,000 population)", Unit.Rate)]
    [InlineData("Average Wait Time (seconds) before a telephone call is answered", Unit.Seconds)]
    [InlineData("Fly-tipping incidents per 1,000 people", Unit.Rate)]
    [InlineData("Residual household waste per household (kg/household) (Oflog)", Unit.Weight)]
    [InlineData("Proportion of new homes that are affordable", Unit.Percent)]
    [InlineData("%age who agree that the Council keeps residents informed about what it's doing (survey)", Unit.Percent)]
    public void Units_from_the_name(string indicator, Unit expected) => RowUnit.FromName(indicator).Should().Be(expected);

    [Fact]
    public void Backgrounds_is_not_kilograms()
    {
        RowUnit.FromName("Residents who agree that people from different backgrounds get on well together in their local area (survey)")
            .Should().BeNull();
    }

    [Fact]
    public void Units_from_the_values_when_the_name_is_silent()
    {
        RowUnit.Of("Number of households in temporary accommodation", ["1075", "1073 12.2", "", "1095 12.2", "1075", "1082"])
            .Should().Be(Unit.Count);
        RowUnit.Of("Complaints answered within timescale", ["-", "-", "-", "-", "90%", "95%"]).Should().Be(Unit.Percent);
        RowUnit.Of("Number of Council apprenticeships in line with flagship action", ["", "", "", "", "", "-"]).Should().Be(Unit.Text);
    }

    [Theory]
    [InlineData("GREEN", Rag.Green)]
    [InlineData("green", Rag.Green)]
    [InlineData("Amber", Rag.Amber)]
    [InlineData("Red", Rag.Red)]
    public void Rag_words(string word, Rag expected) => Vocabulary.RagWord(word).Should().Be(expected);

    [Theory]
    [InlineData("n/a")]
    [InlineData("-")]
    [InlineData("NEW in 2033/23")]
    public void Not_rag_words(string word) => Vocabulary.RagWord(word).Should().BeNull();
}
