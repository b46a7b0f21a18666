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
    public void A_set_measure_the_main_catalogue_already_has_keeps_the_main_key()
    {
        var catalogue = IndicatorCatalogue.Load(RealRules.Directory);

        catalogue.Entries.Where(e => e.Codes.Contains("NI 156")).Select(e => e.Key).Should().Equal("households-in-temporary-accommodation");
        catalogue.Entries.Where(e => e.Codes.Contains("ASCOF 1C(2A)")).Should().ContainSingle();
        new IndicatorMatcher(catalogue).Match("NI 192").Mapping.Key.Should().Be("household-waste-recycled");
    }

    private static IndicatorCatalogueFile RulesDirectoryFile() => RealRules.Directory.Load<IndicatorCatalogueFile>(IndicatorCatalogueFile.FileName);
}
