using Ingest.Core.Observations;

namespace Ingest.Extraction.Tests;

/// <summary>
/// A trend column whose header OCR garbled: a narrow "Do" / "T" read "D T" (seed 3535's Harrow scan). Its arrows say
/// what it is, as a column of RAG words does for an unlabelled RAG column.
/// </summary>
public sealed class TrendColumnContentTests
{
    [Fact]
    public void A_column_of_arrows_beside_the_polarity_is_the_direction_of_travel_whatever_its_header()
    {
        var observations = Extract("D T", "▲", "▼", "▲");

        // Harrow's arrows show the value: up is improving when higher is better, declining when lower is.
        observations.Select(o => o.Dot).Should().Equal(Direction.Improving, Direction.Improving, Direction.Declining);
        observations.Select(o => o.DotRaw).Should().Equal("▲", "▼", "▲");
    }

    [Fact]
    public void A_column_of_words_that_are_no_trend_is_left_alone()
    {
        var observations = Extract("D T", "Ward 3", "Ward 4", "Ward 5");

        observations.Should().HaveCount(3).And.OnlyContain(o => o.Dot == null && o.DotRaw == "");
    }

    private static IReadOnlyList<Observation> Extract(string header, params string[] marks)
    {
        var builder = new TableBuilder(5).Header("Measure", "Polarity", header, "Target Q3 2022/23", "Outturn Q3 2022/23")
            .Row("Number of affordable homes completed", "High", marks[0], "64", "58")
            .Row("Average time to process change of circumstances (days)", "Smaller is better", marks[1], "7.0", "6.3")
            .Row("Staff turnover per 1,000 employees", "Low", marks[2], "150.2", "147.9");
        var document = TableBuilder.Document("q3.pdf", ["London Borough of Harrow", "Corporate Performance Scorecard"], builder.Build());
        return Rules.Extractor().Extract(document).Observations;
    }
}
