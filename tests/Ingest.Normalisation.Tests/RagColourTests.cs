using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

public sealed class RagColourTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData("FF0000", Rag.Red)]
    [InlineData("C00000", Rag.Red)]
    [InlineData("FFC000", Rag.Amber)]
    [InlineData("FFBF00", Rag.Amber)]
    [InlineData("FFA500", Rag.Amber)]
    [InlineData("FFFF00", Rag.Amber)]
    [InlineData("00B050", Rag.Green)]
    [InlineData("92D050", Rag.Green)]
    [InlineData("00FF00", Rag.Green)]
    [InlineData("008000", Rag.Green)]
    [InlineData("0070C0", Rag.Blue)]
    [InlineData("00B0F0", Rag.Blue)]
    [InlineData("#ff0000", Rag.Red)]
    [InlineData("FFC7CE", Rag.Red)] // Excel's "light red fill"
    [InlineData("C6EFCE", Rag.Green)] // Excel's "green fill"
    public void Rag_colours_map_to_the_nearest_reference(string hex, Rag expected) =>
        _normaliser.RagFromColour(hex).Should().Be(expected);

    [Theory]
    [InlineData("FFFFFF")]
    [InlineData("D9D9D9")]
    [InlineData("000000")]
    [InlineData("808080")]
    [InlineData("auto")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("7030A0")] // Office purple: too far from every reference
    [InlineData("DEEAF6")] // pale blue table styling, not a status
    public void Greys_non_colours_and_distant_colours_are_no_rag(string? hex) =>
        _normaliser.RagFromColour(hex).Should().BeNull();
}
