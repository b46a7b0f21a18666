using Ingest.Core.Observations;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;

namespace Ingest.Dataset.Tests.Linking;

public sealed class IndicatorLinkerTests
{
    private static readonly IndicatorMatcher Real = IndicatorMatcher.FromRules(RealRules.Directory);

    [Fact]
    public void The_repository_rules_carry_a_linker_model_and_the_matcher_uses_it()
    {
        Real.Linker.Should().NotBeNull("extraction-rules/models/indicator-linker.zip is committed; rebuild it with make train-linker");
    }

    [Fact]
    public void A_reworded_name_that_fuzzy_matching_misses_is_linked_to_its_key()
    {
        var fuzzyOnly = new IndicatorMatcher(IndicatorCatalogue.Load(RealRules.Directory));
        const string printed = "CP12.6 avg. time to re-let council homes (days)";

        fuzzyOnly.Match(printed).IsProvisional.Should().BeTrue();
        var match = Real.Match(printed);

        match.Mapping.Key.Should().Be("average-time-to-re-let-council-homes-days");
        match.Mapping.Method.Should().Be(MatchMethod.Linked);
    }

    [Theory]
    [InlineData("% of 16-17 year olds not in education, employment or training (NEET) or not known",
                "% of 16 to 19 year olds (school years 12 – 14) who are not in education, employment or training (NEET) and not known")]
    [InlineData("Delayed transfers of care (days per 100,000 population)",
                "The number of instances where an adult patient is ready leave hospital for home or move to a less acute stage of care but is prevented from doing so, per 100,000 population (delayed transfers of care)")]
    public void Measures_that_only_look_alike_are_not_the_same(string a, string b)
    {
        var (probability, _) = Real.Linker!.Compare(new PrintedIndicator(a), new PrintedIndicator(b));

        probability.Should().BeLessThan((float)Real.Settings.LinkerSure);
    }

    [Fact]
    public void The_numbers_in_a_name_tell_measures_apart_but_reference_codes_do_not()
    {
        NumberPhrases.Of("% of 16-17 year olds NEET").Should().BeEquivalentTo(["16", "17"]);
        NumberPhrases.Of("KPI 20 - % of FOI requests answered within 20 working days").Should().BeEquivalentTo(["20"]);
        NumberPhrases.Of("19.2 Annual rate of exclusions").Should().BeEmpty();
        NumberPhrases.Of("NI 192 Household waste recycled").Should().BeEmpty();
    }

    [Fact]
    public void Within_one_council_a_later_report_repeating_the_earlier_values_is_the_same_measure_whatever_its_name()
    {
        var earlier = new PrintedIndicator("% of FOI requests answered within 20 working days")
        {
            Values = new Dictionary<string, double> { ["Q1 2023/24"] = 91.2, ["Q2 2023/24"] = 88.0, ["Q3 2023/24"] = 93.5 },
        };
        var renamed = new PrintedIndicator("Information requests dealt with on time")
        {
            Values = new Dictionary<string, double> { ["Q2 2023/24"] = 88.0, ["Q3 2023/24"] = 93.5, ["Q4 2023/24"] = 90.1 },
        };
        var unrelated = renamed with { Values = new Dictionary<string, double> { ["Q2 2023/24"] = 41.0, ["Q3 2023/24"] = 12.5 } };

        Real.Linker!.Compare(earlier, renamed).Probability.Should().BeGreaterThanOrEqualTo((float)Real.Settings.LinkerSure);
        Real.Linker!.Compare(earlier, unrelated).Probability.Should().BeLessThan((float)Real.Settings.LinkerSuspect);
    }

    [Fact]
    public void An_unsure_link_stays_provisional_and_is_listed_with_its_evidence()
    {
        // "completed" for "answered": close, but the model is not sure enough to merge on its own.
        var match = Real.Match("PERCENTAGE OF DAYTIME CALLS completed BY THE CONTACT CENTRE");

        match.IsProvisional.Should().BeTrue();
        match.RunnerUp.Should().Be("percentage-of-daytime-calls-answered-by-the-contact-centre");
        match.SuspectReason.Should().Contain("linker p=").And.Contain("char").And.Contain("unit agrees").And.Contain("continuity none");
    }

    [Fact]
    public void A_human_alias_wins_over_the_linker()
    {
        var yaml = File.ReadAllText(Path.Combine(RealRules.Directory.Path, IndicatorCatalogueFile.FileName));
        const string printed = "Parks: residents happy with them";
        var withAlias = AliasWriter.AddAlias(yaml, printed, "households-in-temporary-accommodation");
        var catalogue = IndicatorCatalogue.Parse(withAlias);
        var model = LinkerModel.Load(Path.Combine(RealRules.Directory.Path, LinkerModel.DefaultPath));

        var match = new IndicatorMatcher(catalogue, new IndicatorLinker(catalogue, model)).Match(printed);

        match.Mapping.Should().Be(new IndicatorMapping("households-in-temporary-accommodation", MatchMethod.Alias, 100));
    }

    [Fact]
    public void Training_twice_on_the_same_catalogue_gives_the_same_model_file()
    {
        var catalogue = IndicatorCatalogue.Load(RealRules.Directory);
        var folder = Directory.CreateTempSubdirectory("linker-");
        try
        {
            LinkerModel.Train(LinkerTrainingSet.Build(catalogue, 17), Path.Combine(folder.FullName, "a.zip"));
            LinkerModel.Train(LinkerTrainingSet.Build(catalogue, 17), Path.Combine(folder.FullName, "b.zip"));

            File.ReadAllBytes(Path.Combine(folder.FullName, "a.zip")).Should().Equal(File.ReadAllBytes(Path.Combine(folder.FullName, "b.zip")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_in_one_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "not a zip");
            var load = () => LinkerModel.Load(file);

            load.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("make train-linker").And.NotContain("\n");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
