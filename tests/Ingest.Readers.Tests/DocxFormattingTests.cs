using DocumentFormat.OpenXml.Wordprocessing;
using static Ingest.Readers.Tests.DocxFixture;

namespace Ingest.Readers.Tests;

public sealed class DocxFormattingTests
{
    private static Ingest.Core.Tables.Cell OnlyCell(DocxFixture document) =>
        document.Read().Tables.Single().Rows.Single().Cells.Single();

    [Theory]
    [InlineData("00B050", "00B050")]
    [InlineData("ffc000", "FFC000")]
    [InlineData("auto", null)]
    public void Cell_fill_is_upper_case_rrggbb_and_auto_is_no_fill(string fill, string? expected)
    {
        var cell = OnlyCell(new DocxFixture().Add(Tbl(Tr(Tc("GREEN").Fill(fill)))));

        cell.Fill.Should().Be(expected);
    }

    [Fact]
    public void A_cell_without_shading_has_no_fill()
    {
        OnlyCell(new DocxFixture().Add(Tbl(Tr("GREEN")))).Fill.Should().BeNull();
    }

    [Fact]
    public void Run_colour_is_kept_and_auto_is_the_default_colour()
    {
        // Harrow's Q2 report shows RAG only as the colour of a bullet.
        var cell = OnlyCell(new DocxFixture().Add(Tbl(Tr(Tc(P(
            Sym("Wingdings", "F06C", colour: "ff0000"),
            R(" Adopt new planning protections to restrict tall buildings in our suburbs", colour: "auto")))))));

        cell.Runs.Select(r => r.Colour).Should().Equal("FF0000", null);
        cell.Runs[0].Text.Should().Be("●");
    }

    [Fact]
    public void Bold_respects_an_explicit_false_value()
    {
        var cell = OnlyCell(new DocxFixture().Add(Tbl(Tr(Tc(P(
            R("RESIDENTS FIRST", bold: true), R(" – ", bold: false), R("Deliver the Council's new Customer Experience strategy", bold: false)))))));

        cell.Runs.Select(r => (r.Text, r.Bold)).Should().Equal(
            ("RESIDENTS FIRST", true),
            (" – Deliver the Council's new Customer Experience strategy", false));
        cell.IsBold.Should().BeFalse();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("off")]
    public void Every_spelling_of_off_turns_bold_off(string value)
    {
        var run = R("Complaints answered within timescale");
        run.RunProperties = new RunProperties(new Bold { Val = new DocumentFormat.OpenXml.OnOffValue { InnerText = value } });

        OnlyCell(new DocxFixture().Add(Tbl(Tr(Tc(P(run)))))).IsBold.Should().BeFalse();
    }

    [Fact]
    public void Bold_and_colour_come_from_the_paragraph_style_and_its_base_style()
    {
        var document = new DocxFixture()
            .Styles(
                ParagraphStyle("ScorecardBase", colour: "1F3864"),
                ParagraphStyle("ScorecardSection", basedOn: "ScorecardBase", bold: true))
            .Add(Tbl(Tr(Tc(StyledP("ScorecardSection", R("CLEAN & SAFE"))))));

        var cell = OnlyCell(document);

        cell.IsBold.Should().BeTrue();
        cell.FontColour.Should().Be("1F3864");
    }

    [Fact]
    public void The_default_paragraph_style_applies_to_paragraphs_without_a_style()
    {
        var document = new DocxFixture()
            .Styles(ParagraphStyle("Normal", bold: true, isDefault: true))
            .Add(Tbl(Tr("Indicator Description")));

        OnlyCell(document).IsBold.Should().BeTrue();
    }

    [Fact]
    public void A_character_style_overrides_the_paragraph_style_and_direct_formatting_overrides_both()
    {
        var document = new DocxFixture()
            .Styles(
                ParagraphStyle("TableHeading", bold: true, colour: "FFFFFF"),
                CharacterStyle("RagRed", colour: "FF0000", bold: false))
            .Add(Tbl(Tr(Tc(StyledP("TableHeading",
                R("RAG Q1 - 22/23 "),
                R("RED", characterStyle: "RagRed"),
                R(" (provisional)", characterStyle: "RagRed", bold: true, colour: "00B050"))))));

        OnlyCell(document).Runs.Select(r => (r.Text, r.Bold, r.Colour)).Should().Equal(
            ("RAG Q1 - 22/23 ", true, "FFFFFF"),
            ("RED", false, "FF0000"),
            (" (provisional)", true, "00B050"));
    }

    [Fact]
    public void A_style_cycle_in_a_damaged_file_does_not_hang()
    {
        var document = new DocxFixture()
            .Styles(ParagraphStyle("A", basedOn: "B", bold: true), ParagraphStyle("B", basedOn: "A"))
            .Add(Tbl(Tr(Tc(StyledP("B", R("RESIDENTS FIRST"))))));

        OnlyCell(document).IsBold.Should().BeTrue();
    }

    [Fact]
    public void Hidden_and_deleted_text_is_skipped_and_inserted_text_kept()
    {
        var paragraph = P(
            R("93%"),
            R(" (draft figure)", hidden: true),
            new DeletedRun(new Run(new DeletedText("91%"))) { Author = "Performance Team", Id = "1" },
            // A deleted symbol keeps its w:sym inside w:del: only skipping the revision drops it.
            new DeletedRun(new Run(new SymbolChar { Font = "Wingdings 3", Char = "F071" })) { Author = "Performance Team", Id = "3" },
            new InsertedRun(R(" revised")) { Author = "Performance Team", Id = "2" });

        OnlyCell(new DocxFixture().Add(Tbl(Tr(Tc(paragraph))))).Text.Should().Be("93% revised");
    }

    [Fact]
    public void Hidden_text_set_by_a_style_is_skipped()
    {
        var hiddenStyle = CharacterStyle("HiddenNote");
        hiddenStyle.StyleRunProperties = new StyleRunProperties(new Vanish());
        var document = new DocxFixture()
            .Styles(hiddenStyle)
            .Add(Tbl(Tr(Tc(P(R("Similar"), R(" [check with service]", characterStyle: "HiddenNote"))))));

        OnlyCell(document).Text.Should().Be("Similar");
    }

    [Fact]
    public void Text_in_content_controls_and_hyperlinks_is_read()
    {
        var paragraph = P(
            new SdtRun(new SdtProperties(new SdtAlias { Val = "Portfolio Holder" }), new SdtContentRun(R("Clr Stephen Greek"))),
            R(" – see "),
            new Hyperlink(R("Harrow data")) { Anchor = "benchmarks" });

        OnlyCell(new DocxFixture().Add(Tbl(Tr(Tc(paragraph))))).Text.Should().Be("Clr Stephen Greek – see Harrow data");
    }

    [Fact]
    public void Block_content_controls_around_tables_and_paragraphs_are_read_through()
    {
        var content = new DocxFixture()
            .Add(new SdtBlock(new SdtContentBlock(
                P("Appendix 2 - Corporate Scorecard 2023-24"),
                Tbl(Tr("Indicator Description", "RAG")))))
            .Read();

        content.Tables.Should().ContainSingle().Which.Context.Should().Equal("Appendix 2 - Corporate Scorecard 2023-24");
    }
}
