using CorpusBuilder.Corpus;
using CorpusBuilder.Harrow.Recession;
using Ingest.Core.Observations;

namespace CorpusBuilder.Tests;

public sealed class HarrowRecessionTests
{
    private static readonly PerformanceMorning Seed = PerformanceMorningSeed.Load();

    [Theory]
    [InlineData("September", 2009, 3, "September 2009")]
    [InlineData("December", 2009, 3, "December 2009")]
    [InlineData("December", 2009, 4, "December 2009")]
    [InlineData("January", 2009, 4, "January 2010")]
    [InlineData("March", 2010, 1, "March 2010")]
    [InlineData("June", 2010, 1, "June 2010")]
    public void Months_without_a_year_are_their_latest_occurrence_in_the_reporting_period(string month, int year, int quarter, string label)
    {
        MonthColumns.Period(month, Period.FinancialQuarter(year, quarter)).Label.Should().Be(label);
    }

    [Theory]
    [InlineData("↓", Polarity.Lower, Direction.Improving)]
    [InlineData("↑", Polarity.Lower, Direction.Declining)]
    [InlineData("↑", Polarity.Higher, Direction.Improving)]
    [InlineData("→", Polarity.Lower, Direction.Same)]
    public void Harrow_arrows_show_the_value_not_performance(string arrow, Polarity polarity, Direction expected)
    {
        RecessionObservations.ValueArrow(arrow, polarity).Should().Be(expected);
    }

    [Fact]
    public void The_seed_table_is_copied_unchanged()
    {
        Seed.Table.Months.Should().Equal("September", "October", "November", "December");
        Seed.Table.Lines.Select(l => string.Join(" ", [l.Indicator, l.Polarity, .. l.Values, l.Rag, l.Direction])).Should().Equal(
            "Job Seekers Allowance ↓ 4567 4670 4516 4367 LG ↓",
            "Empty Commercial Properties ↓ 813 812 811 809 LG ↓",
            "Housing Benefit Claimants’ ↓ 18360 18550 18661 18728 LR ↑",
            "Enquiries to CAB ↓ 431 423 391 362 LG ↓");
        (Seed.TableIndex, Seed.TableCount).Should().Be((2, 3));
    }

    [Fact]
    public void Rag_and_direction_belong_to_december_only()
    {
        var gold = RecessionObservations.Build("x.docx", Seed);

        gold.Should().HaveCount(16);
        gold.Where(o => o.Rag is not null).Should().OnlyContain(o => o.Period.Label == "December 2009");
        gold.Single(o => o.Indicator == "Housing Benefit Claimants’" && o.Period.Label == "December 2009")
            .Should().Match<Observation>(o => o.Rag == Rag.Red && o.Dot == Direction.Declining && o.DotRaw == "↑" && o.Actual == 18728m);
        gold.Single(o => o.Indicator == "Job Seekers Allowance" && o.Period.Label == "December 2009")
            .Should().Match<Observation>(o => o.Rag == Rag.Green && o.Dot == Direction.Improving && o.Polarity == Polarity.Lower);
    }

    [Fact]
    public void Derived_reports_agree_with_their_own_rag_rule()
    {
        foreach (var entry in HarrowRecessionEntries.All().Where(e => e.Origin == CorpusEntry.Derived))
        {
            var latest = entry.Observations.Where(o => o.Rag is not null).ToList();
            latest.Should().HaveCount(4, entry.FileName);
            // LG exactly when the count fell (fewer is better for all four), as in the seed.
            latest.Should().OnlyContain(o => (o.Rag == Rag.Green) == (o.Dot != Direction.Declining), entry.FileName);
        }
    }
}
