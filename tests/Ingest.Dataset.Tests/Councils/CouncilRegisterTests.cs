using Ingest.Core.Councils;

namespace Ingest.Dataset.Tests.Councils;

public sealed class CouncilRegisterTests
{
    private static readonly CouncilRegister Register = CouncilRegister.Load(RealRules.Directory);

    // ONS Local Authority Districts and Counties, April 2023 (the same authorities in April 2024): England has
    // 21 county councils, 63 unitaries (E06, counting the Isles of Scilly), 36 metropolitan districts,
    // 32 London boroughs and the City of London (E09), and 164 non-metropolitan districts; Wales 22 principal
    // areas, Scotland 32 council areas, Northern Ireland 11 districts.
    private static readonly Dictionary<string, int> OnsTotals = new()
    {
        ["county"] = 21, ["unitary"] = 63, ["metropolitan-district"] = 36, ["london-borough"] = 32, ["city-of-london"] = 1,
        ["non-metropolitan-district"] = 164, ["welsh-principal-area"] = 22, ["scottish-council-area"] = 32, ["ni-district"] = 11,
    };

    private static readonly Dictionary<string, string> CodePrefix = new()
    {
        ["county"] = "E10", ["unitary"] = "E06", ["metropolitan-district"] = "E08", ["london-borough"] = "E09", ["city-of-london"] = "E09",
        ["non-metropolitan-district"] = "E07", ["welsh-principal-area"] = "W06", ["scottish-council-area"] = "S12", ["ni-district"] = "N09",
    };

    [Fact]
    public void The_register_holds_every_principal_council_by_the_release_totals()
    {
        var counts = Register.Councils.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Count());

        counts.Should().BeEquivalentTo(OnsTotals);
        Register.Totals.Should().BeEquivalentTo(OnsTotals, "the file states the totals of the release it cites");
        Register.Councils.Should().HaveCount(382);
        Register.Release.Should().Contain("April 2023");
    }

    [Fact]
    public void Every_council_has_its_own_key_and_a_gss_code_of_its_type()
    {
        Register.Councils.Select(c => c.GssCode).Should().OnlyHaveUniqueItems();
        Register.Councils.Select(c => c.Key).Should().OnlyHaveUniqueItems();
        Register.Councils.Should().OnlyContain(c => c.GssCode.Length == 9 && c.GssCode.StartsWith(CodePrefix[c.Type], StringComparison.Ordinal),
            "the code's entity prefix says the type (E10 county, E06 unitary, ...)");
        Register.Councils.Should().OnlyContain(c => c.Key == CouncilResolver.Slug(c.Key), "a key is already its own slug");
        Register.Councils.Should().OnlyContain(c => c.Region.Length > 0);
    }

    [Theory]
    [InlineData("brent", "E09000005", "london-borough", "London")]
    [InlineData("kent", "E10000016", "county", "South East")]
    [InlineData("bury", "E08000002", "metropolitan-district", "North West")]
    [InlineData("westmorland-and-furness", "E06000064", "unitary", "North West")]
    [InlineData("city-of-london", "E09000001", "city-of-london", "London")]
    [InlineData("cardiff", "W06000015", "welsh-principal-area", "Wales")]
    [InlineData("derbyshire", "E10000007", "county", "East Midlands")]
    [InlineData("belfast", "N09000003", "ni-district", "Northern Ireland")]
    public void Councils_have_their_ons_code_type_and_region(string key, string code, string type, string region)
    {
        var council = Register.Find(key);

        council.Should().NotBeNull();
        council!.GssCode.Should().Be(code);
        council.Type.Should().Be(type);
        council.Region.Should().Be(region);
    }

    [Fact]
    public void Every_district_names_a_county_council_of_the_register()
    {
        var districts = Register.Councils.Where(c => c.Type == "non-metropolitan-district").ToList();

        districts.Should().OnlyContain(d => Register.Find(d.County) != null && Register.Find(d.County)!.Type == "county");
        districts.Count(d => d.County == "kent").Should().Be(12);
    }

    [Fact]
    public void A_council_is_named_by_phrases_never_by_its_bare_place_name()
    {
        // "Bury", "Hart", "Rugby", "Halton" or "Reading" alone is an ordinary word in a report about anything.
        Register.Councils.Should().OnlyContain(c => c.Names.Count > 0 && c.Names.All(n => n.Contains(' ', StringComparison.Ordinal) && n != c.Name));
        Register.Find("bury")!.Names.Should().Contain(["Bury Council", "Metropolitan Borough of Bury"]);
        Register.Find("hammersmith-and-fulham")!.Names.Should().Contain("London Borough of Hammersmith and Fulham");
        Register.Find("kensington-and-chelsea")!.Names.Should().Contain("Royal Borough of Kensington and Chelsea");
        Register.Find("swansea")!.Names.Should().Contain("Cyngor Dinas a Sir Abertawe");
    }

    [Theory]
    [InlineData("brent", "brent")]
    [InlineData("Brent", "brent")]
    [InlineData("BRENT", "brent")]
    [InlineData("E09000005", "brent")]
    [InlineData("e09000005", "brent")]
    [InlineData("London Borough of Brent", "brent")]
    [InlineData("brent council", "brent")]
    [InlineData("Barking & Dagenham", "barking-and-dagenham")]
    [InlineData("Barking and Dagenham", "barking-and-dagenham")]
    [InlineData("Kingston upon Hull, City of", "kingston-upon-hull")]
    [InlineData("Hull City Council", "kingston-upon-hull")]
    [InlineData("St Helens", "st-helens")]
    [InlineData("Royal Borough of Greenwich", "greenwich")]
    [InlineData("Cyngor Caerdydd", "cardiff")]
    [InlineData("  kent   county council ", "kent")]
    public void A_key_code_or_name_in_any_case_resolves_to_the_one_key(string given, string key) =>
        CouncilResolver.FromRegister(Register).Resolve(given).Should().Be(key);

    [Fact]
    public void An_unknown_council_resolves_to_nothing_and_the_nearest_are_offered()
    {
        var resolver = CouncilResolver.FromRegister(Register);

        resolver.Resolve("Brnet").Should().BeNull();
        resolver.Resolve("Barchester").Should().BeNull();
        resolver.Closest("Brnet").Should().HaveCount(3).And.Contain(["brent", "barnet"]);
        resolver.Closest("Hackny Council").Should().StartWith("hackney");
    }

    [Fact]
    public void A_register_with_a_key_twice_is_refused()
    {
        var act = () => CouncilRegister.Parse("""
            councils:
              - {key: brent, gss: E09000005, name: Brent, type: london-borough, region: London, names: [Brent Council]}
              - {key: brent, gss: E09000006, name: Bromley, type: london-borough, region: London, names: [Bromley Council]}
            """);

        act.Should().Throw<InvalidDataException>().WithMessage("*'brent' appears twice*");
    }
}
