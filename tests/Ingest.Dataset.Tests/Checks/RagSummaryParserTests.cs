using Ingest.Core.Observations;
using Ingest.Dataset.Checks;

namespace Ingest.Dataset.Tests.Checks;

public sealed class RagSummaryParserTests
{
    private readonly RagSummaryParser _parser = new(SharedCheckRules.Rules.RagSummary);

    [Fact]
    public void Chart_data_with_labels_before_counts_is_a_summary()
    {
        // Seed 001, "RAG Summary Q2 – all performance indicators".
        _parser.Parse("RED GREEN AMBER 13 43 8").Should().BeEquivalentTo(
            new Dictionary<Rag, int> { [Rag.Red] = 13, [Rag.Green] = 43, [Rag.Amber] = 8 });
        _parser.Parse("Total GREEN AMBER 19 3").Should().BeEquivalentTo(new Dictionary<Rag, int> { [Rag.Green] = 19, [Rag.Amber] = 3 });
    }

    [Fact]
    public void Sentences_with_counts_before_or_after_the_colour_are_summaries()
    {
        _parser.Parse("All indicators: 13 red, 43 green, 8 amber").Should().BeEquivalentTo(
            new Dictionary<Rag, int> { [Rag.Red] = 13, [Rag.Green] = 43, [Rag.Amber] = 8 });
        _parser.Parse("Of the 12 indicators with a figure and a target this quarter, 7 are green, 3 amber and 2 red.").Should().BeEquivalentTo(
            new Dictionary<Rag, int> { [Rag.Green] = 7, [Rag.Amber] = 3, [Rag.Red] = 2 });
        _parser.Parse("Red: 4, Green: 9, Amber: 1").Should().BeEquivalentTo(
            new Dictionary<Rag, int> { [Rag.Red] = 4, [Rag.Green] = 9, [Rag.Amber] = 1 });
    }

    [Theory]
    // Seed 001's Flagship Actions chart counts actions, not indicators.
    [InlineData("GREEN AMBER RED COMPLETED 18 7 1 6")]
    [InlineData("Ensure good quality open spaces for our residents, through the reaccreditation of our 6 green flag parks")]
    [InlineData("R - Red - off target by 5% or more")]
    [InlineData("A - Amber - Just off target by less than 5%")]
    public void Prose_and_action_counts_are_not_indicator_summaries(string paragraph) =>
        _parser.Parse(paragraph).Should().BeNull();
}
