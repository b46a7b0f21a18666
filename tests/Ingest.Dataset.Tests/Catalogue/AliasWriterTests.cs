using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Tests.Catalogue;

public sealed class AliasWriterTests
{
    private const string Yaml = """
        # catalogue header comment
        matching:
          fuzzy_threshold: 90
        indicators:
          - key: households-in-temporary-accommodation
            title: "Number of households in temporary accommodation"
            aliases:
              - "Number of households in temporary accommodation"
          # a comment that belongs to the next entry
          - key: complaints-responded-within-timescale
            title: "Complaints responded to within timescale"
        """;

    [Fact]
    public void The_alias_goes_under_the_key_and_the_name_then_matches_by_alias()
    {
        var written = AliasWriter.AddAlias(Yaml, "Households in TA (snapshot)", "households-in-temporary-accommodation");

        written.Should().Contain("# catalogue header comment").And.Contain("# a comment that belongs to the next entry");
        var match = new IndicatorMatcher(IndicatorCatalogue.Parse(written)).Match("Households in TA (snapshot)");
        match.Mapping.Should().Be(new IndicatorMapping("households-in-temporary-accommodation", MatchMethod.Alias, 100));
        written.Split('\n').Should().ContainInOrder(
            "      - \"Number of households in temporary accommodation\"",
            "      - \"Households in TA (snapshot)\"",
            "  # a comment that belongs to the next entry");
    }

    [Fact]
    public void An_entry_without_aliases_gets_an_aliases_list_before_the_next_entry()
    {
        var written = AliasWriter.AddAlias(Yaml, "Stage 1 complaints answered in time", "complaints-responded-within-timescale");

        IndicatorCatalogue.Parse(written).Find("complaints-responded-within-timescale")!.Aliases
            .Should().Equal("Stage 1 complaints answered in time");
    }

    [Fact]
    public void Adding_an_alias_twice_changes_nothing()
    {
        var once = AliasWriter.AddAlias(Yaml, "Households in TA", "households-in-temporary-accommodation");

        AliasWriter.AddAlias(once, "Households in TA", "households-in-temporary-accommodation").Should().Be(once);
    }

    [Fact]
    public void An_unknown_key_or_an_alias_of_another_key_is_refused()
    {
        var unknown = () => AliasWriter.AddAlias(Yaml, "x", "no-such-key");
        var taken = () => AliasWriter.AddAlias(Yaml, "Number of households in temporary accommodation", "complaints-responded-within-timescale");

        unknown.Should().Throw<InvalidOperationException>().WithMessage("*no indicator 'no-such-key'*");
        taken.Should().Throw<InvalidOperationException>().WithMessage("*already an alias of 'households-in-temporary-accommodation'*");
    }
}
