using System.Text;
using Ingest.Readers.Pdf.Mutool;

namespace Ingest.Readers.Pdf.Tests;

public sealed class TraceParserTests
{
    private const string Trace = """
        <document filename="x.pdf">
        <page number="3" mediabox="0 0 400 300">
        <fill_text colorspace="DeviceRGB" color="1 0 0" transform="1 0 0 -1 0 300">
        <span font="ABCDEF+Calibri,Bold" wmode="0" bidi="0" trm="10 0 0 10">
        <g unicode="R&amp;B" glyph="5" x="10" y="280" adv=".5"/>
        <g unicode="U+00e9" glyph="6" x="15" y="280" adv=".5"/>
        </span>
        </fill_text>
        <ignore_text transform="1 0 0 -1 0 300">
        <span font="GlyphLessFont" wmode="0" bidi="0" trm="10 0 0 10">
        <g unicode="x" glyph="1" x="50" y="250" adv=".5"/>
        </span>
        </ignore_text>
        <stroke_path linewidth="1" colorspace="DeviceGray" color="0" transform="1 0 0 1 0 0">
        <moveto x="10" y="50"/>
        <curveto x1="20" y1="40" x2="30" y2="40" x3="40" y3="50"/>
        <lineto x="40" y="100"/>
        </stroke_path>
        <fill_path winding="nonzero" colorspace="DeviceCMYK" color="0 0 0 0" transform="1 0 0 1 0 0">
        <moveto x="10" y="150"/>
        <lineto x="110" y="150"/>
        <lineto x="110" y="170"/>
        <lineto x="10" y="170"/>
        <closepath/>
        </fill_path>
        </page>
        </document>
        """;

    [Fact]
    public void A_trace_becomes_glyphs_rules_and_fills_with_entities_and_code_points_decoded()
    {
        var page = new TraceParser(new MemoryStream(Encoding.UTF8.GetBytes(Trace))).Pages(default).Single();

        page.Number.Should().Be(3);
        page.Glyphs.Select(g => g.Text).Should().Equal("R&B", "é", "x");
        var first = page.Glyphs[0];
        first.Font.Should().Be("Calibri,Bold", "the subset tag only says the font is a subset");
        first.Bold.Should().BeTrue();
        first.Colour.Should().Be("FF0000");
        first.Y.Should().BeApproximately(20, 0.001, "the transform puts the origin at the top of the page");
        page.Glyphs[2].Visible.Should().BeFalse("text of render mode 3 is an invisible layer");
        page.Rules.Should().ContainSingle("a curve is no ruling line; the straight piece after it is").Which.IsVertical.Should().BeTrue();
        page.Fills.Should().ContainSingle().Which.Colour.Should().Be("FFFFFF");
    }

    [Fact]
    public void Output_that_stops_before_the_document_ends_is_an_error()
    {
        var cut = Trace[..(Trace.Length / 2)];
        var act = () => new TraceParser(new MemoryStream(Encoding.UTF8.GetBytes(cut))).Pages(default).ToList();
        act.Should().Throw<InvalidDataException>();
    }
}
