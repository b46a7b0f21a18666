using Ingest.Dataset.Councils;

namespace Ingest.Dataset.Tests.Councils;

public sealed class CouncilDirectoryTests
{
    private static readonly CouncilDirectory Real = CouncilDirectory.Load(RealRules.Directory);

    [Theory]
    [InlineData("harrow", "E09000015", "London")]
    [InlineData("havering", "E09000026", "London")]
    [InlineData("brent", "E09000005", "London")]
    [InlineData("kent", "E10000016", "South East")]
    public void Each_council_has_its_ons_code_and_region(string key, string code, string region)
    {
        var council = Real.Find(key);

        council.Should().NotBeNull();
        council!.OnsCode.Should().Be(code);
        council.Region.Should().Be(region);
        Real.OnsCode(key).Should().Be(code);
    }

    [Fact]
    public void Titles_come_from_councils_yaml()
    {
        Real.Find("harrow")!.Title.Should().Be("London Borough of Harrow");
    }

    [Fact]
    public void A_group_lists_the_councils_that_name_it()
    {
        Real.Group("outer-london")!.Members.Should().BeEquivalentTo("harrow", "havering", "brent");
        Real.Group("outer-london")!.Kind.Should().Be("statistical");
    }

    [Fact]
    public void An_unknown_council_has_no_code()
    {
        Real.OnsCode("barchester").Should().BeEmpty();
    }

    [Fact]
    public void The_councils_file_wins_over_the_profiles_file_and_extractor_keys_are_ignored()
    {
        var councils = CouncilDirectory.Parse("""
            councils:
              - key: harrow
                title: London Borough of Harrow
                names: [Harrow Council]
                arrows: { meaning: value, up: ["↑"] }
                ons_code: E09000015
            groups:
              - key: west-london
                members: [harrow]
            """);
        var profiles = CouncilDirectory.Parse("""
            councils:
              - key: harrow
                ons_code: E00000000
                region: London
                groups: [outer-london]
            """);

        var directory = new CouncilDirectory([councils, profiles]);

        directory.Find("harrow").Should().Be(new Council("harrow", "London Borough of Harrow", "E09000015", "London"));
        directory.Groups.Select(g => g.Key).Should().BeEquivalentTo("west-london", "outer-london");
    }

    [Fact]
    public void A_council_known_only_to_the_register_has_its_code_region_and_type()
    {
        var bury = Real.Find("bury");

        bury.Should().NotBeNull();
        bury!.OnsCode.Should().Be("E08000002");
        bury.Region.Should().Be("North West");
        bury.Type.Should().Be("metropolitan-district");
        bury.Title.Should().Be("Bury Metropolitan Borough Council");
    }

    [Fact]
    public void Councils_yaml_keeps_its_titles_and_gains_the_register_type()
    {
        Real.Find("harrow")!.Title.Should().Be("London Borough of Harrow");
        Real.Find("harrow")!.Type.Should().Be("london-borough");
        Real.Councils.Should().HaveCount(382, "councils.yaml names no council the register lacks");
    }

    [Fact]
    public void The_register_groups_councils_by_type_region_and_two_tier_county()
    {
        Real.Group("type:london-borough")!.Members.Should().HaveCount(32);
        Real.Group("region:london")!.Members.Should().HaveCount(33).And.Contain("city-of-london");
        Real.Group("county:kent")!.Members.Should().HaveCount(13).And.Contain(["kent", "maidstone", "tunbridge-wells"]);
        Real.Group("type:county")!.Kind.Should().Be("ons-type");
    }
}
