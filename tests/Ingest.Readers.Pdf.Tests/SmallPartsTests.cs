using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Mutool;

namespace Ingest.Readers.Pdf.Tests;

public sealed class SmallPartsTests
{
    [Theory]
    [InlineData("1,3-5", "1,3-5", new[] { 1, 3, 4, 5 }, new[] { 2, 6 })]
    [InlineData(" 2 , 7- ", "2,7-N", new[] { 2, 7, 300 }, new[] { 1, 6 })]
    public void Page_selections_read_as_tabula_writes_them(string text, string mutool, int[] inside, int[] outside)
    {
        var selection = PageSelection.Parse(text);
        selection.ToMutoolArgument().Should().Be(mutool);
        inside.Should().OnlyContain(p => selection.Contains(p));
        outside.Should().NotContain(p => selection.Contains(p));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("5-3")]
    [InlineData("one")]
    public void A_page_selection_that_names_no_page_is_refused(string text) =>
        FluentActions.Invoking(() => PageSelection.Parse(text)).Should().Throw<FormatException>();

    [Fact]
    public void An_area_is_top_left_bottom_right_in_points()
    {
        var area = TableExtractionOptions.ParseArea("100, 36.5, 400, 560");
        (area.Top, area.Left, area.Bottom, area.Right).Should().Be((100, 36.5, 400, 560));
        FluentActions.Invoking(() => TableExtractionOptions.ParseArea("400,36,100,560")).Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("Arial-BoldMT", true)]
    [InlineData("Calibri,Bold", true)]
    [InlineData("Aptos-Black", true)]
    [InlineData("SegoeUI-Semibold", true)]
    [InlineData("LiberationSans-Bold", true)]
    [InlineData("ArialMT", false)]
    [InlineData("BlackadderITC-Regular", false)]
    [InlineData("Calibri-Italic", false)]
    public void Bold_comes_from_the_font_name(string font, bool bold) => FontNames.IsBold(font).Should().Be(bold);

    [Theory]
    [InlineData("ABCDEF+Calibri", "Calibri")]
    [InlineData("Calibri", "Calibri")]
    [InlineData("abcdef+Calibri", "abcdef+Calibri")]
    public void The_subset_tag_is_dropped_from_font_names(string raw, string name) =>
        FontNames.WithoutSubsetTag(raw).Should().Be(name);
}
