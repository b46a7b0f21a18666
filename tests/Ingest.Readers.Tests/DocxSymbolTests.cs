using static Ingest.Readers.Tests.DocxFixture;

namespace Ingest.Readers.Tests;

public sealed class DocxSymbolTests
{
    private static Ingest.Core.Tables.DocumentContent ReadCell(params DocumentFormat.OpenXml.OpenXmlElement[] runs) =>
        new DocxFixture().Add(Tbl(Tr(Tc(P(runs))))).Read();

    [Fact]
    public void The_harrow_polarity_header_reads_with_real_triangles()
    {
        var content = ReadCell(
            R("Polarity: High "), Sym("Wingdings 3", "F070"), R(" or Low "), Sym("Wingdings 3", "F071"), R(" is 'good'"));

        content.Tables.Single().TextAt(0, 0).Should().Be("Polarity: High ▲ or Low ▼ is 'good'");
        content.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("F070")]
    [InlineData("0070")]
    [InlineData("70")]
    [InlineData("f070")]
    public void A_symbol_code_is_read_with_or_without_the_private_use_prefix(string code)
    {
        ReadCell(Sym("Wingdings 3", code)).Tables.Single().TextAt(0, 0).Should().Be("▲");
    }

    [Theory]
    [InlineData("Wingdings", "F0E9", "↑")]
    [InlineData("Wingdings", "F0EA", "↓")]
    [InlineData("Symbol", "F0AF", "↓")]
    [InlineData("Symbol", "F0B7", "•")]
    [InlineData("wingdings", "F0FC", "✓")]
    public void Direction_arrows_and_ticks_map_through_the_rules(string font, string code, string expected)
    {
        ReadCell(Sym(font, code)).Tables.Single().TextAt(0, 0).Should().Be(expected);
    }

    [Fact]
    public void Text_typed_in_a_symbol_font_maps_the_same_way()
    {
        // What Word stores when the triangle was typed as "p" in Wingdings 3 rather than inserted as a symbol.
        var content = ReadCell(R("p", font: "Wingdings 3"), R(" "), R("q", font: "Wingdings 3"));

        content.Tables.Single().CellAt(0, 0)!.Text.Should().Be("▲ ▼");
    }

    [Fact]
    public void Text_in_an_ordinary_font_is_left_alone()
    {
        ReadCell(R("p", font: "Arial")).Tables.Single().TextAt(0, 0).Should().Be("p");
    }

    [Fact]
    public void An_unknown_symbol_becomes_the_replacement_character_and_one_warning_per_code()
    {
        var content = ReadCell(Sym("Wingdings", "F0A1"), R("Similar"), Sym("Wingdings", "00A1"), Sym("Webdings", "F034"));

        content.Tables.Single().CellAt(0, 0)!.Text.Should().Be("\uFFFDSimilar\uFFFD\uFFFD");
        content.Warnings.Should().HaveCount(2);
        content.Warnings.Should().ContainSingle(w => w.Contains("F0A1") && w.Contains("'Wingdings'") && w.Contains("2 times"));
        content.Warnings.Should().ContainSingle(w => w.Contains("F034") && w.Contains("'Webdings'"));
    }

    [Fact]
    public void An_unknown_glyph_typed_in_a_symbol_font_is_reported_too()
    {
        var content = ReadCell(R("1", font: "Wingdings"));

        content.Tables.Single().TextAt(0, 0).Should().Be("\uFFFD");
        content.Warnings.Should().ContainSingle().Which.Should().Contain("F031");
    }

    [Fact]
    public void Symbols_in_body_paragraphs_are_mapped_as_in_cells()
    {
        var content = new DocxFixture()
            .Add(P(R("Polarity: High "), Sym("Wingdings 3", "70"), R(" or Low "), Sym("Wingdings 3", "71")))
            .Read();

        content.Paragraphs.Should().Equal("Polarity: High ▲ or Low ▼");
    }
}
