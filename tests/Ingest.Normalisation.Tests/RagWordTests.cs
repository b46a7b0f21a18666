using Ingest.Core.Observations;

namespace Ingest.Normalisation.Tests;

public sealed class RagWordTests
{
    private readonly Normaliser _normaliser = SharedRules.Normaliser;

    [Theory]
    [InlineData("GREEN", Rag.Green)]
    [InlineData("Green", Rag.Green)]
    [InlineData("green", Rag.Green)]
    [InlineData("G", Rag.Green)]
    [InlineData("LG", Rag.Green)]
    [InlineData("AMBER", Rag.Amber)]
    [InlineData("Amber", Rag.Amber)]
    [InlineData("A", Rag.Amber)]
    [InlineData("RED", Rag.Red)]
    [InlineData("Red", Rag.Red)]
    [InlineData("R", Rag.Red)]
    [InlineData("LR", Rag.Red)]
    [InlineData("BLUE", Rag.Blue)]
    [InlineData("B", Rag.Blue)]
    [InlineData("83% RED", Rag.Red)]
    [InlineData("99% GREEN", Rag.Green)]
    [InlineData("51% (avg.) RED", Rag.Red)]
    [InlineData("0.8 days GREEN", Rag.Green)]
    public void Rag_words_and_codes(string raw, Rag expected) =>
        _normaliser.ParseRagWord(raw).Should().Be(expected);

    [Theory]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("No Target - This indicator is for information about reach")]
    [InlineData("NEW in 2033/23")]
    [InlineData("Red/Amber")] // two statuses: not one
    [InlineData("Reduced")] // whole words only
    [InlineData("Green met target, Amber off by less than 5%, Red off by 5% or more")]
    public void Cells_without_one_rag_word_have_none(string raw) =>
        _normaliser.ParseRagWord(raw).Should().BeNull();
}
