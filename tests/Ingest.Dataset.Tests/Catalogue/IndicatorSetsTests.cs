using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Tests.Catalogue;

public sealed class IndicatorSetsTests
{
    [Fact]
    public void The_national_sets_load_with_the_catalogue_each_with_a_code_unit_and_polarity()
    {
        var main = RulesDirectoryFile();
        var catalogue = IndicatorCatalogue.Load(RealRules.Directory);

        var fromSets = catalogue.Entries.Where(e => main.Indicators.All(m => m.Key != e.Key)).ToList();
        fromSets.Should().Contain(e => e.Codes.Contains("NI 157a")).And.Contain(e => e.Codes.Contains("ASCOF 2B(1)"));
        fromSets.Should().OnlyContain(e => e.Codes.Count > 0 && e.Unit.Length > 0 && e.Polarity.Length > 0);
    }

    [Fact]
    public void The_national_indicator_set_file_holds_every_indicator_from_NI_1_to_NI_198_once()
    {
        var entries = SetFile("national-indicator-set-2008.yaml").Indicators;
        var numbers = entries.SelectMany(e => e.Codes).Select(c => IndicatorNameNormaliser.NiCodeOf(c)).OfType<string>()
            .Select(c => int.Parse(c[3..].TrimEnd('a', 'b', 'c'), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        numbers.Distinct().Order().Should().Equal(Enumerable.Range(1, 198));
        entries.SelectMany(e => e.Codes).Should().OnlyHaveUniqueItems();
        entries.Select(e => e.Key).Should().OnlyHaveUniqueItems();
        entries.Where(e => e.Codes.Any(c => c.StartsWith("NI 157", StringComparison.Ordinal))).SelectMany(e => e.Codes)
            .Should().BeEquivalentTo(["NI 157a", "NI 157b", "NI 157c"]);
    }

    [Theory]
    [InlineData("national-indicator-set-2008.yaml", 200)]
    [InlineData("ascof-oflog-lg-inform.yaml", 43)]
    public void Every_seeded_measure_has_a_unit_a_polarity_and_a_source_or_says_it_has_none(string file, int count)
    {
        var set = SetFile(file);
        var text = File.ReadAllText(Path.Combine(RealRules.Directory.Path, IndicatorCatalogue.SetsFolder, file));

        set.Indicators.Should().HaveCount(count);
        set.Indicators.Should().OnlyContain(e => Units.Contains(e.Unit) && Polarities.Contains(e.Polarity) && e.Codes.Count > 0 && e.Title.Length > 0);
        // A source is an id the file's header spells out with its address, or an explicit "unverified".
        set.Indicators.Where(e => e.Source != IndicatorEntry.Unverified)
            .Should().OnlyContain(e => e.Source.Length > 0 && text.Contains("#   " + e.Source + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void The_loaded_catalogue_gives_no_numbered_code_to_two_keys()
    {
        var catalogue = IndicatorCatalogue.Load(RealRules.Directory);

        var owners = catalogue.Entries.SelectMany(e => e.Codes.Where(c => c.Any(char.IsDigit)).Select(c => (Code: c.Replace(" ", "", StringComparison.Ordinal), e.Key)))
            .GroupBy(p => p.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(p => p.Key).Distinct().Count() > 1).Select(g => g.Key);

        owners.Should().BeEmpty();
        catalogue.Entries.Select(e => IndicatorNameNormaliser.Normalise(e.Title)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_seeded_measure_is_found_by_its_code_and_by_its_printed_name()
    {
        var matcher = new IndicatorMatcher(IndicatorCatalogue.Load(RealRules.Directory));

        matcher.Match("NI 47").Mapping.Key.Should().Be("ni-47-people-killed-or-seriously-injured-in-road-accidents");
        matcher.Match("NI 198 Children travelling to school - mode of travel usually used").Mapping.Key.Should().Be("ni-198-children-travelling-to-school-mode-of-travel");
        matcher.Match("Average number of working days lost due to sickness absence per FTE employee (including schools)").Mapping.Key
            .Should().Be("lgi-working-days-lost-to-sickness-absence-per-fte-including-schools");
    }

    private static readonly string[] Units = ["percent", "count", "days", "seconds", "rate", "currency", "weight", "text", IndicatorEntry.Unknown];
    private static readonly string[] Polarities = ["higher", "lower", "none", IndicatorEntry.Unknown];

    private static IndicatorCatalogueFile SetFile(string name) =>
        RealRules.Directory.Load<IndicatorCatalogueFile>(Path.Combine(IndicatorCatalogue.SetsFolder, name));

    [Fact]
    public void A_set_measure_the_main_catalogue_already_has_keeps_the_main_key()
    {
        var catalogue = IndicatorCatalogue.Load(RealRules.Directory);

        catalogue.Entries.Where(e => e.Codes.Contains("NI 156")).Select(e => e.Key).Should().Equal("households-in-temporary-accommodation");
        catalogue.Entries.Where(e => e.Codes.Contains("ASCOF 1C(2A)")).Should().ContainSingle();
        new IndicatorMatcher(catalogue).Match("NI 192").Mapping.Key.Should().Be("household-waste-recycled");
    }

    private static IndicatorCatalogueFile RulesDirectoryFile() => RealRules.Directory.Load<IndicatorCatalogueFile>(IndicatorCatalogueFile.FileName);
}
