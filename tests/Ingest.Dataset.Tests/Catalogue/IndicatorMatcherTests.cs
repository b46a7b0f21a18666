using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Tests.Catalogue;

public sealed class IndicatorMatcherTests
{
    private static readonly IndicatorMatcher Real = new(IndicatorCatalogue.Load(RealRules.Directory));

    [Theory]
    [InlineData("Number of households in temporary accommodation", "households-in-temporary-accommodation")]
    [InlineData("Fly-tipping incidents per 1,000 people", "fly-tipping-incidents-per-1000")]
    [InlineData("Fly-tipping incidents per 1,000 population", "fly-tipping-incidents-per-1000")]
    [InlineData("% of service users receiving direct payments", "asc-users-receiving-direct-payments")]
    [InlineData("% of adult social care users receiving direct payments", "asc-users-receiving-direct-payments")]
    public void Names_printed_by_different_councils_map_to_one_key_by_alias(string printed, string key)
    {
        var match = Real.Match(printed);

        match.Mapping.Should().Be(new IndicatorMapping(key, MatchMethod.Alias, 100));
        match.IsSuspect.Should().BeFalse();
    }

    [Fact]
    public void A_name_sharing_every_word_of_a_key_but_stating_another_unit_is_not_fuzzily_that_key()
    {
        // LG Inform's "Total number of fly tipping incidents" is a count; per 1,000 people it is Oflog's rate.
        var match = Real.Match("Fly-tipping incidents per 1,000 pop. (rate)");

        match.Mapping.Key.Should().NotBe("lgi-fly-tipping-incidents");
        Real.Match("Fly tipping incidents (total number)").Mapping.Key.Should().Be("lgi-fly-tipping-incidents");
    }

    [Fact]
    public void Case_punctuation_and_the_spelling_of_percent_do_not_matter()
    {
        var match = Real.Match("PERCENTAGE of Complaints responded to within timescale.");

        match.Mapping.Key.Should().Be("complaints-responded-within-timescale");
        match.Mapping.Method.Should().Be(MatchMethod.Normalised);
    }

    [Fact]
    public void No_of_and_number_of_read_the_same()
    {
        Real.Match("No. of households in temporary accommodation").Mapping
            .Should().Be(new IndicatorMapping("households-in-temporary-accommodation", MatchMethod.Normalised, 100));
    }

    [Fact]
    public void A_national_indicator_code_identifies_the_measure_whatever_the_wording()
    {
        var match = Real.Match("NI 192 Household waste recycled and composted");

        match.Mapping.Key.Should().Be("household-waste-recycled");
        match.Mapping.Method.Should().Be(MatchMethod.Normalised);
    }

    [Fact]
    public void A_reworded_name_matches_fuzzily_with_its_score()
    {
        var match = Real.Match("Number of households living in temporary accommodation");

        match.Mapping.Key.Should().Be("households-in-temporary-accommodation");
        match.Mapping.Method.Should().Be(MatchMethod.Fuzzy);
        match.Mapping.Score.Should().BeInRange(Real.Settings.FuzzyThreshold, 100);
    }

    [Fact]
    public void A_name_that_only_adds_words_to_a_catalogue_name_is_a_suspect_fuzzy_match()
    {
        var match = Real.Match("Number of households with children in temporary accommodation out of borough");

        match.Mapping.Should().Be(new IndicatorMapping("households-in-temporary-accommodation", MatchMethod.Fuzzy, 100));
        match.SuspectReason.Should().StartWith("the names share words but one says more");
    }

    [Fact]
    public void An_unknown_indicator_gets_a_provisional_key_from_its_name()
    {
        var match = Real.Match("Number of trees planted in parks");

        match.Mapping.Key.Should().Be("provisional:number-of-trees-planted-in-parks");
        match.Mapping.Method.Should().Be(MatchMethod.Provisional);
        match.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void Two_keys_within_the_suspect_margin_make_a_fuzzy_match_suspect()
    {
        var catalogue = IndicatorCatalogue.Parse("""
            matching: { fuzzy_threshold: 80, suspect_margin: 5 }
            indicators:
              - key: stage-1-complaints-in-time
                title: "% of Stage 1 complaints closed within 15 days"
              - key: stage-2-complaints-in-time
                title: "% of Stage 2 complaints closed within 20 days"
            """);

        var match = new IndicatorMatcher(catalogue).Match("% of complaints closed within timescale");

        match.Mapping.Method.Should().Be(MatchMethod.Fuzzy);
        match.SuspectReason.Should().StartWith("ambiguous");
        match.RunnerUp.Should().NotBeNull().And.NotBe(match.Mapping.Key);
    }

    [Fact]
    public void A_fuzzy_score_just_below_the_threshold_is_a_suspect_provisional()
    {
        var catalogue = IndicatorCatalogue.Parse("""
            matching: { fuzzy_threshold: 90, suspect_margin: 10 }
            indicators:
              - key: new-birth-visits-within-14-days
                title: "% of new birth visits completed within 14 days"
            """);

        var match = new IndicatorMatcher(catalogue).Match("% of new birth visits made by day 14");

        match.Mapping.Method.Should().Be(MatchMethod.Provisional);
        match.Mapping.Score.Should().BeInRange(80, 89);
        match.SuspectReason.Should().StartWith("near miss");
    }

    [Fact]
    public void An_alias_claimed_by_two_keys_is_refused()
    {
        var act = () => IndicatorCatalogue.Parse("""
            indicators:
              - key: a
                aliases: ["Complaints answered within timescale"]
              - key: b
                aliases: ["complaints answered within timescale"]
            """);

        act.Should().Throw<InvalidDataException>().WithMessage("*belongs to both 'a' and 'b'*");
    }

    [Fact]
    public void Keys_may_not_use_the_provisional_prefix()
    {
        var act = () => IndicatorCatalogue.Parse("indicators:\n  - key: \"provisional:x\"\n");

        act.Should().Throw<InvalidDataException>().WithMessage("*reserved prefix*");
    }
}
