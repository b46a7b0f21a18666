namespace Ingest.Readers.Tests;

public sealed class SymbolFontMapTests
{
    [Theory]
    [InlineData("Wingdings 3", 0xF070, "\u25B2")]
    [InlineData("Wingdings 3", 0xF071, "\u25BC")]
    [InlineData("Wingdings", 0xF0E9, "\u2191")]
    [InlineData("Wingdings", 0xF0EA, "\u2193")]
    [InlineData("Wingdings", 0xF0E7, "\u2190")]
    [InlineData("Wingdings", 0xF0E8, "\u2192")]
    [InlineData("Wingdings", 0xF06C, "\u25CF")]
    [InlineData("Wingdings", 0xF0FC, "\u2713")]
    [InlineData("Wingdings", 0xF0FB, "\u2717")]
    [InlineData("Symbol", 0xF0AD, "\u2191")]
    [InlineData("Symbol", 0xF0AF, "\u2193")]
    [InlineData("Symbol", 0xF0AC, "\u2190")]
    [InlineData("Symbol", 0xF0AE, "\u2192")]
    [InlineData("Symbol", 0xF0B7, "\u2022")]
    public void The_rules_file_maps_the_glyphs_scorecards_use(string font, int code, string expected)
    {
        TestRules.SymbolFonts.Map(font, code).Should().Be(expected);
    }

    [Fact]
    public void A_plain_byte_code_means_the_same_as_its_private_use_form()
    {
        var map = TestRules.SymbolFonts;

        map.Map("Wingdings 3", 0x70).Should().Be(map.Map("Wingdings 3", 0xF070)).And.Be("▲");
    }

    [Theory]
    [InlineData("F070", 0xF070)]
    [InlineData("0070", 0xF070)]
    [InlineData("70", 0xF070)]
    [InlineData("0xF0e9", 0xF0E9)]
    [InlineData(" b7 ", 0xF0B7)]
    public void Codes_are_normalised_to_the_private_use_block(string code, int expected)
    {
        SymbolFontMap.NormaliseCode(code).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("25B2")]
    public void Codes_outside_the_symbol_range_or_not_hex_are_rejected(string code)
    {
        SymbolFontMap.NormaliseCode(code).Should().BeNull();
    }

    [Fact]
    public void Font_names_match_without_regard_to_case_and_unknown_ones_map_nothing()
    {
        var map = SymbolFontMap.Parse("fonts:\n  Wingdings 3:\n    \"70\": \"▲\"\n");

        map.IsSymbolFont("WINGDINGS 3").Should().BeTrue();
        map.Map("wingdings 3", 0xF070).Should().Be("▲");
        map.IsSymbolFont("Arial").Should().BeFalse();
        map.Map("Arial", 0xF070).Should().BeNull();
        map.Map("Wingdings 3", 0xF071).Should().BeNull();
    }

    [Fact]
    public void A_code_that_is_not_hex_in_the_rules_is_an_error_naming_the_file()
    {
        var act = () => SymbolFontMap.Parse("fonts:\n  Wingdings:\n    up: \"↑\"\n");

        act.Should().Throw<InvalidDataException>().WithMessage("*symbol-fonts.yaml*'up'*");
    }
}
