using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>Ligatures as MuPDF reports them, and shapes drawn in place of characters.</summary>
public sealed class GlyphFoldingTests
{
    private static Glyph At(string text, double x, double advance) => new(text, x, 100, advance, 10, "DejaVuSerif", false, null, 0);

    [Fact]
    public void Zero_advance_letters_at_a_ligatures_origin_belong_to_it()
    {
        // "Benefit" and "affordable" as MuPDF traces DejaVu Serif: the ligature's first letter carries the advance.
        var builder = new PageContentBuilder(1, 595, 842, 0, 0);
        foreach (var glyph in new[] { At("e", 10, 5.9), At("f", 15.9, 6.7), At("i", 15.9, 0), At("t", 22.6, 4) })
            builder.AddGlyph(glyph);
        foreach (var glyph in new[] { At("a", 40, 6), At("f", 46, 6.8), At("f", 46, 0), At("o", 52.8, 6) })
            builder.AddGlyph(glyph);

        builder.Glyphs.Select(g => g.Text).Should().Equal("e", "fi", "t", "a", "ff", "o");
    }

    [Fact]
    public void A_same_letter_drawn_again_with_an_advance_is_still_an_overprint_not_a_ligature()
    {
        var builder = new PageContentBuilder(1, 595, 842, 0, 0);
        builder.AddGlyph(At("G", 10, 7));
        builder.AddGlyph(At("G", 10.2, 7));

        builder.Glyphs.Should().HaveCount(2, "a bold-by-overprint copy advances, and the line builder drops it as a duplicate");
    }

    [Theory]
    [InlineData("\uFB01nance", "finance")]
    [InlineData("a\uFB00ordable", "affordable")]
    [InlineData("e\uFB03cient", "efficient")]
    public void Ligature_characters_expand_inside_any_text(string text, string expected) =>
        Ligatures.Expand(text).Should().Be(expected);

    [Theory]
    [InlineData(new double[] { 5, 0, 10, 5, 7, 5, 7, 12, 3, 12, 3, 5, 0, 5 }, "\u2191")]
    [InlineData(new double[] { 0, 0, 10, 0, 5, 10 }, "\u25BC")]
    [InlineData(new double[] { 0, 0, 12, 5, 0, 10 }, "\u25BA")]
    public void A_small_filled_polygon_that_narrows_to_a_point_is_an_arrow_that_way(double[] xy, string expected)
    {
        var path = new PathCollector();
        path.MoveTo((xy[0] + 100, xy[1] + 100));
        for (var i = 2; i < xy.Length; i += 2) path.LineTo((xy[i] + 100, xy[i + 1] + 100));
        path.Close();

        path.Marks().Select(m => m.Text).Should().Equal(expected);
    }

    [Fact]
    public void A_rectangle_and_a_large_shape_are_no_marks()
    {
        var path = new PathCollector();
        path.MoveTo((0, 0));
        path.LineTo((8, 0));
        path.LineTo((8, 8));
        path.LineTo((0, 8));
        path.Close();
        path.MoveTo((0, 0));
        path.LineTo((200, 100));
        path.LineTo((0, 200));
        path.Close();

        path.Marks().Should().BeEmpty();
    }
}
