using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;

namespace Ingest.Dataset.Tests.Linking;

public sealed class ContinuityLinkerTests
{
    private static readonly IndicatorMatcher Real = IndicatorMatcher.FromRules(RealRules.Directory);

    private static Dictionary<string, double> Values(params (string Period, double Value)[] values) => values.ToDictionary(v => v.Period, v => v.Value);

    [Fact]
    public void A_renamed_indicator_repeating_last_reports_values_is_linked_to_its_old_series()
    {
        var series = new Dictionary<string, PrintedIndicator>
        {
            ["foi-requests-within-20-working-days"] = new("% of FOI requests answered within 20 working days")
                { Values = Values(("Q1 2023/24", 91.2), ("Q2 2023/24", 88.0), ("Q3 2023/24", 93.5)) },
            ["complaints-responded-within-timescale"] = new("Complaints responded to within timescale")
                { Values = Values(("Q1 2023/24", 75.0), ("Q2 2023/24", 80.0), ("Q3 2023/24", 82.0)) },
            ["provisional:information-requests-dealt-with-on-time"] = new("Information requests dealt with on time")
                { Values = Values(("Q2 2023/24", 88.0), ("Q3 2023/24", 93.5), ("Q4 2023/24", 90.1)) },
        };

        var links = ContinuityLinker.Find("brent", series, Real.Linker!, Real.Settings);

        links.Should().ContainSingle().Which.Should().Match<SeriesLink>(l =>
            l.ProvisionalKey == "provisional:information-requests-dealt-with-on-time" && l.Key == "foi-requests-within-20-working-days" && l.Sure);
    }

    [Fact]
    public void Two_series_with_the_same_figures_are_listed_but_neither_is_sure()
    {
        var same = Values(("Q1 2023/24", 100.0), ("Q2 2023/24", 100.0));
        var series = new Dictionary<string, PrintedIndicator>
        {
            ["a"] = new("Pupils offered a school place on time") { Values = same },
            ["b"] = new("Stage 2 complaints answered in 20 days") { Values = same },
            ["provisional:renamed"] = new("Something measured this year") { Values = same },
        };

        var links = ContinuityLinker.Find("brent", series, Real.Linker!, Real.Settings);

        links.Should().OnlyContain(l => !l.Sure);
    }

    [Fact]
    public void One_shared_period_is_not_enough()
    {
        var series = new Dictionary<string, PrintedIndicator>
        {
            ["a"] = new("Pupils offered a school place on time") { Values = Values(("Q1 2023/24", 97.0)) },
            ["provisional:renamed"] = new("Something measured this year") { Values = Values(("Q1 2023/24", 97.0), ("Q2 2023/24", 96.0)) },
        };

        ContinuityLinker.Find("brent", series, Real.Linker!, Real.Settings).Should().BeEmpty();
    }
}
