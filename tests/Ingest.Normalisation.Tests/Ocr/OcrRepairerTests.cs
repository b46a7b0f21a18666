using Ingest.Normalisation.Ocr;

namespace Ingest.Normalisation.Tests.Ocr;

/// <summary>The repairs of extraction-rules/ocr.yaml on readings from the Havering 2017/18 seed (an OCR rendering).</summary>
public sealed class OcrRepairerTests
{
    private static readonly OcrRepairer Repairer = OcrRepairer.FromRules(RealRules.Directory);

    [Fact]
    public void Cyrillic_TBC_from_the_seed_becomes_Latin_and_costs_confidence()
    {
        var repair = Repairer.Repair("ТВС");
        repair.Text.Should().Be("TBC");
        repair.Raw.Should().Be("ТВС");
        repair.Repairs.Should().Equal("homoglyph");
        repair.Penalty.Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("9O%", "90%")]
    [InlineData("l5", "15")]
    [InlineData("6O.9% RED", "60.9% RED")]
    public void Letters_inside_numbers_become_digits(string raw, string repaired) =>
        Repairer.Repair(raw).Text.Should().Be(repaired);

    [Theory]
    [InlineData("83.596", "83.5%")]
    [InlineData("479b", "47%")]
    [InlineData("10096", "100%")]
    public void Percent_signs_read_as_96_or_9b_are_put_back(string raw, string repaired)
    {
        var repair = Repairer.Repair(raw);
        repair.Text.Should().Be(repaired);
        repair.Repairs.Should().Contain("percent");
    }

    [Theory]
    [InlineData("2:521,", "2,521")]
    [InlineData("£1;250", "£1,250")]
    public void Thousands_separators_read_as_colons_are_put_back(string raw, string repaired)
    {
        var repair = Repairer.Repair(raw);
        repair.Text.Should().Be(repaired);
        repair.Repairs.Should().Contain("number");
        repair.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("ceased to be LAC asa result", "ceased to be LAC as a result")]
    [InlineData("the end ofthe year,", "the end of the year,")]
    [InlineData("Biggeris better", "Bigger is better")]
    public void Short_words_run_together_are_spaced_again(string raw, string repaired)
    {
        var repair = Repairer.Repair(raw);
        repair.Text.Should().Be(repaired);
        repair.Repairs.Should().Contain("spacing");
    }

    [Theory]
    [InlineData("REO", "RED")]
    [InlineData("GREFN", "GREEN")]
    [InlineData("Srnaller is better", "Smaller is better")]
    [InlineData("Off frack", "Off track")]
    public void Words_a_little_off_the_vocabulary_snap_to_it(string raw, string repaired) =>
        Repairer.Repair(raw).Text.Should().Be(repaired);

    [Theory]
    [InlineData("2096")]
    [InlineData("Performance is below target this quarter.")]
    [InlineData("Green")]
    [InlineData("NEW")]
    [InlineData("G")]
    [InlineData("Q1 2017/18")]
    [InlineData("10:30")]
    [InlineData("Asa Briggs Court")]
    [InlineData("1:1000")]
    public void Text_that_reads_right_is_left_alone_at_no_cost(string raw)
    {
        var repair = Repairer.Repair(raw);
        repair.Text.Should().Be(raw);
        repair.Changed.Should().BeFalse();
        repair.Penalty.Should().Be(0);
    }

    [Fact]
    public void Arrow_readings_are_per_council_and_only_as_the_whole_cell()
    {
        Repairer.Repair("Л").Text.Should().Be("↓", "Л is the seed's down arrow for every council");
        Repairer.Repair("y", "havering").Text.Should().Be("↓");
        Repairer.Repair("y", "harrow").Text.Should().Be("y", "only Havering's arrows read as y");
        Repairer.Repair("1", "harrow").Text.Should().Be("1");
        Repairer.Repair("Л 5").Text.Should().NotContain("↓");
    }

    [Fact]
    public void The_cell_shape_for_the_pdf_reader_carries_text_and_penalty()
    {
        var (text, penalty) = Repairer.RepairCell("ТВС");
        text.Should().Be("TBC");
        penalty.Should().Be(Repairer.Repair("ТВС").Penalty);
    }

    [Fact]
    public void A_homoglyph_rule_mapping_several_characters_is_refused()
    {
        var act = () => new OcrRepairer(new OcrRepairRules { Homoglyphs = new() { ["ТВ"] = "TB" } });
        act.Should().Throw<InvalidDataException>().WithMessage("*ocr.yaml*homoglyphs*");
    }
}
