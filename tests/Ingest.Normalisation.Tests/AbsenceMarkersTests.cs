namespace Ingest.Normalisation.Tests;

public sealed class AbsenceMarkersTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("–")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData("N/a")]
    [InlineData("n.a")]
    [InlineData("Annual")]
    [InlineData("No survey in quarter")]
    [InlineData("NEW in 2033/23")]
    [InlineData("New 23/24")]
    [InlineData("NEW 2023/24")]
    [InlineData("none set")]
    [InlineData("Awaiting Oflog publication for")]
    [InlineData("Data not yet available")]
    [InlineData("there is no Q1 data for this survey-based measure. next update in Q4 with draft results")]
    [InlineData("2022-23 provisional results will be available in Q2")]
    [InlineData("No Target - This indicator is for information about reach")]
    [InlineData("This indicator is for information about reach")]
    [InlineData("not available")]
    [InlineData("N/a -local")]
    [InlineData("NEW")]
    public void Absence_markers_from_the_seeds_are_absent(string raw) =>
        _normaliser.IsAbsent(raw).Should().BeTrue();

    [Theory]
    [InlineData("93%")]
    [InlineData("0")]
    [InlineData("BL")]
    [InlineData("TBC")]
    [InlineData(">90%")]
    [InlineData("Above national")]
    [InlineData("1073 12.2")]
    public void Values_and_qualifiers_are_present(string raw) =>
        _normaliser.IsAbsent(raw).Should().BeFalse();

    [Fact]
    public void Whitespace_around_a_marker_does_not_hide_it() =>
        _normaliser.IsAbsent("  No survey\nin quarter ").Should().BeTrue();
}
