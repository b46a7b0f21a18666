using Ingest.Core.Observations;
using Ingest.Core.Rules;

namespace Ingest.Normalisation.Tests;

/// <summary>The vocabulary lives in the YAML: the real file loads whole, and changing a rule changes the reading.</summary>
public sealed class RulesFileTests
{
    private static NormalisationRules RealRules() => Ingest.Testing.RealRules.Load<NormalisationRules>(NormalisationRules.FileName);

    [Fact]
    public void The_real_rules_file_fills_every_section()
    {
        var rules = RealRules();

        rules.Absence.Markers.Should().NotBeEmpty();
        rules.Absence.Patterns.Should().NotBeEmpty();
        rules.Numbers.Scales.Should().Contain(s => s.Suffix == "bn" && s.Factor == 1_000_000_000m);
        rules.Targets.Qualifiers.Should().NotBeEmpty();
        rules.Rag.Codes.Green.Should().Contain("lg");
        rules.Rag.Colours.References.Should().NotBeEmpty();
        rules.Direction.Same.Should().Contain("similar");
        rules.Polarity.Higher.Should().Contain("▲");
        rules.Periods.Months.Should().HaveCount(12);
        rules.Periods.QuarterWords.Should().ContainKey("one");
        rules.Units.NameKeywords.Should().NotBeEmpty();
    }

    [Fact]
    public void An_absence_marker_added_to_the_rules_is_absent()
    {
        var rules = RealRules();
        var extended = rules with { Absence = rules.Absence with { Markers = [.. rules.Absence.Markers, "Qualitative update only"] } };

        new Normaliser(rules).IsAbsent("Qualitative update only").Should().BeFalse();
        new Normaliser(extended).IsAbsent("Qualitative update only").Should().BeTrue();
    }

    [Fact]
    public void Rag_words_come_from_the_rules()
    {
        var yaml = """
            rag:
              words: { red: [off track], green: [on track] }
            """;
        var normaliser = new Normaliser(RulesDirectory.Parse<NormalisationRules>(yaml));

        normaliser.ParseRagWord("Off track").Should().Be(Rag.Red);
        normaliser.ParseRagWord("RED").Should().BeNull();
    }

    [Fact]
    public void Unit_keywords_are_tried_in_the_order_of_the_rules()
    {
        var yaml = """
            units:
              name_keywords:
                - { unit: percent, keywords: ["%"] }
                - { unit: rate, keywords: ["rate of"] }
            """;
        var normaliser = new Normaliser(RulesDirectory.Parse<NormalisationRules>(yaml));

        normaliser.InferUnit("Annual rate of overall absence in primary schools (%)", []).Should().Be(Unit.Percent);
        SharedRules.Normaliser.InferUnit("Rate of permanent admissions to residential and nursing care homes per 100,000 population (aged 65+)", [])
            .Should().Be(Unit.Rate);
    }

    [Fact]
    public void An_empty_rules_file_recognises_no_vocabulary_but_keeps_the_grammar()
    {
        var normaliser = new Normaliser(RulesDirectory.Parse<NormalisationRules>("{}"));

        normaliser.IsAbsent("N/A").Should().BeFalse();
        normaliser.ParseRagWord("GREEN").Should().BeNull();
        normaliser.RagFromColour("FF0000").Should().BeNull();
        normaliser.FindPeriod("Q1 2023/24").Should().Be(Period.FinancialYear(2023), "'Q' is a quarter prefix only by the rules");
        normaliser.ParseNumber("5,132", Unit.Count).Value.Should().Be(5132m);
    }

    [Fact]
    public void An_unknown_unit_is_reported_with_the_file_and_section()
    {
        var rules = RulesDirectory.Parse<NormalisationRules>("units: { name_keywords: [ { unit: furlongs, keywords: [furlong] } ] }");

        var build = () => new Normaliser(rules);

        build.Should().Throw<InvalidDataException>().WithMessage("*normalisation.yaml*units.name_keywords*furlongs*");
    }

    [Fact]
    public void A_bad_pattern_is_reported_with_the_file_and_section()
    {
        var rules = RulesDirectory.Parse<NormalisationRules>("absence: { patterns: ['(unclosed'] }");

        var build = () => new Normaliser(rules);

        build.Should().Throw<InvalidDataException>().WithMessage("*normalisation.yaml*absence.patterns*(unclosed*");
    }

    [Fact]
    public void Months_must_be_twelve()
    {
        var rules = RulesDirectory.Parse<NormalisationRules>("periods: { months: [[january], [february]] }");

        var build = () => new Normaliser(rules);

        build.Should().Throw<InvalidDataException>().WithMessage("*periods.months*12*");
    }

    [Fact]
    public void A_reference_colour_must_name_a_rag()
    {
        var rules = RulesDirectory.Parse<NormalisationRules>("rag: { colours: { references: [ { rag: purple, hex: 7030A0 } ] } }");

        var build = () => new Normaliser(rules);

        build.Should().Throw<InvalidDataException>().WithMessage("*rag.colours.references*purple*");
    }
}
