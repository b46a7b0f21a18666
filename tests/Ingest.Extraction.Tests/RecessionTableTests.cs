using Ingest.Core.Observations;

namespace Ingest.Extraction.Tests;

/// <summary>Harrow Q3 2009/10 (seed 002): month columns without a year, LG/LR, and arrows that show the value's direction.</summary>
public sealed class RecessionTableTests
{
    private static IReadOnlyList<Observation> Extract() =>
        Rules.Extractor().Extract(TableBuilder.Document("harrow-2009.docx",
            ["Harrow Chief Executives Performance Morning Report Q3 2009/10", "Mitigating the Impact of the Recession"],
            new TableBuilder(8)
                .Header("Indicator", "Polarity", "September", "October", "November", "December", "RAG", "Direction of Travel")
                .Row("Job Seekers Allowance", "↓", "4567", "4670", "4516", "4367", "LG", "↓")
                .Row("Housing Benefit Claimants’", "↓", "18360", "18550", "18661", "18728", "LR", "↑")
                .Build(1, "Mitigating the Impact of the Recession"))).Observations;

    [Fact]
    public void Each_month_is_an_observation_of_that_month_in_the_reporting_year()
    {
        var jsa = Extract().Where(o => o.Indicator == "Job Seekers Allowance").ToList();

        jsa.Select(o => o.Period.Label).Should().Equal("September 2009", "October 2009", "November 2009", "December 2009");
        jsa.Select(o => o.Actual).Should().Equal(4567m, 4670m, 4516m, 4367m);
        jsa.Should().OnlyContain(o => o.Period.Type == PeriodType.Month && o.Council == "harrow");
    }

    [Fact]
    public void Rag_and_direction_belong_to_the_latest_month_and_arrows_read_with_polarity()
    {
        var observations = Extract();
        var jsa = observations.Single(o => o.Indicator == "Job Seekers Allowance" && o.Period.Label == "December 2009");
        var benefit = observations.Single(o => o.Indicator.StartsWith("Housing Benefit") && o.Period.Label == "December 2009");

        jsa.Rag.Should().Be(Rag.Green);
        jsa.Dot.Should().Be(Direction.Improving, "the value went down and lower is better");
        benefit.Rag.Should().Be(Rag.Red);
        benefit.Dot.Should().Be(Direction.Declining);
        observations.Where(o => o.Period.Label != "December 2009").Should().OnlyContain(o => o.Rag == null && o.Dot == null);
    }
}
