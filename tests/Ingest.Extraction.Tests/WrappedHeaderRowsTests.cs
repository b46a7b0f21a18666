namespace Ingest.Extraction.Tests;

/// <summary>
/// An unruled header whose cells wrap over several lines, read by a scan's table finder as rows of their own: a row
/// holding the dash of "Q1 - 2024/25" wrapped onto its own line still goes on with the header, so the row naming the
/// indicator and comments columns is part of it. Seed 9494's Havering read its comments as indicator names.
/// </summary>
public sealed class WrappedHeaderRowsTests
{
    [Fact]
    public void A_header_row_whose_only_other_cell_is_a_dash_goes_on_with_the_header()
    {
        var builder = new TableBuilder(5)
            .Row("", "Outturn Q1", "Tgt Q1 -", "Status Q1", "")
            .Row("Indicator", "-", "", "", "Comments");
        builder.Row("Average time to process Housing Benefit change of circumstances (days)", "8.1", "<8.6", "G",
            "Performance is steady; the office is verifying its figures for the final return.");
        var document = TableBuilder.Document("havering.pdf", ["London Borough of Havering", "Performance report Q1 2024/25"],
            builder.Build(1, "Performance report Q1 2024/25"));

        var observation = Rules.Extractor().Extract(document).Observations.Should().ContainSingle().Subject;

        observation.Indicator.Should().Be("Average time to process Housing Benefit change of circumstances (days)");
        observation.Commentary.Should().StartWith("Performance is steady");
        observation.Actual.Should().Be(8.1m);
    }
}
