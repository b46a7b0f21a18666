using Ingest.Core.Tables;
using Ingest.Extraction.Rows;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction.Tests;

public sealed class IndicatorNameTests
{
    private static readonly IndicatorName Names =
        new(RealRules.Directory.Load<HeaderRules>(HeaderRules.FileName).FootnoteMarkers);

    private static Cell Runs(params TextRun[] runs) => new(0, 0, runs);

    [Fact]
    public void A_raised_number_after_the_name_is_a_footnote_marker() =>
        Names.Of(Runs(new TextRun("Number of households in temporary accommodation"), new TextRun("2", Superscript: true)))
            .Should().Be("Number of households in temporary accommodation");

    [Fact]
    public void Unicode_superscript_markers_at_the_end_are_dropped() =>
        Names.Of(Runs(new TextRun("% of Council Tax collected in year¹"))).Should().Be("% of Council Tax collected in year");

    [Fact]
    public void Digits_that_belong_to_the_name_stay()
    {
        Names.Of(Runs(new TextRun("PM1 Average time for processing new benefits claims (days)")))
            .Should().Be("PM1 Average time for processing new benefits claims (days)");
        Names.Of(Runs(new TextRun("CO "), new TextRun("2"), new TextRun(" emissions by Council estate (tonnes)")))
            .Should().Be("CO 2 emissions by Council estate (tonnes)");
    }

    [Fact]
    public void Raised_words_are_not_markers() =>
        Names.Of(Runs(new TextRun("Floor area in m"), new TextRun("TBC", Superscript: true))).Should().Be("Floor area in mTBC");
}
