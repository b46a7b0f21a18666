using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

public sealed class WordsAndLinesTests
{
    [Fact]
    public void Glyphs_are_joined_into_words_by_their_spacing_and_lines_by_baseline()
    {
        // Each glyph placed on its own (as producers that position every character do): words only
        // come from the gaps between them.
        var page = Page(
            Glyphs("Average", 50, 100, 9).Concat(Glyphs("Wait", 87, 100, 9)).Concat(Glyphs("Time", 50, 112, 9)));

        var lines = LineBuilder.Build(page, new PageFrame(page.Width, page.Height, 0));

        lines.Select(l => l.Text).Should().Equal("Average Wait", "Time");
        lines[0].Words.Select(w => w.Text).Should().Equal("Average", "Wait");
    }

    [Fact]
    public void Text_drawn_twice_for_bold_is_read_once_and_bold()
    {
        var once = Glyphs("GREEN", 50, 100, 9);
        var again = Glyphs("GREEN", 50.3, 100, 9);
        var page = Page(once.Concat(again));

        var line = LineBuilder.Build(page, new PageFrame(page.Width, page.Height, 0)).Single();

        line.Text.Should().Be("GREEN");
        line.Words.Single().Bold.Should().BeTrue();
    }

    [Fact]
    public void Ligature_glyphs_are_spelled_out()
    {
        var page = Page([Glyph("\uFB01", 50, 100, 10, 5.5), .. Glyphs("nance", 55.5, 100, 10)]);
        LineBuilder.Build(page, new PageFrame(page.Width, page.Height, 0)).Single().Text.Should().Be("finance");
    }

    [Fact]
    public void A_raised_small_footnote_marker_is_left_out_as_word_leaves_footnote_references_out()
    {
        var glyphs = Glyphs("collected in year", 50, 100, 10).Append(Glyph("1", 143.5, 96, 6, 3.3)).Concat(Glyphs("2023", 152, 100, 10));
        var page = Page(glyphs);

        var line = LineBuilder.Build(page, new PageFrame(page.Width, page.Height, 0)).Single();

        line.Text.Should().Be("collected in year 2023");
    }

    [Fact]
    public void A_lowered_small_subscript_stays_in_its_word()
    {
        var glyphs = Glyphs("CO", 50, 100, 10).Append(Glyph("2", 61, 102.5, 6, 3.3)).Concat(Glyphs("emissions", 70, 100, 10));
        var page = Page(glyphs);

        LineBuilder.Build(page, new PageFrame(page.Width, page.Height, 0)).Single().Text.Should().Be("CO2 emissions");
    }

    [RequiresMutoolFact]
    public void Vertical_text_is_read_in_its_own_direction_as_its_own_line()
    {
        var pdf = new TinyPdf();
        pdf.Page(400, 300).Text(50, 40, "Indicator", size: 10).Text(30, 200, "Environment", size: 9, angle: 90);
        var lines = PdfFixture.Read(pdf).Paragraphs;

        lines.Should().Contain("Indicator").And.Contain("Environment");
    }

    private static PageContent Page(IEnumerable<Glyph> glyphs) => new(1, 400, 300, 0, glyphs.ToArray(), [], [], 0);

    /// <summary>Glyphs of a Helvetica-like font, each 0.55 em wide, placed one by one.</summary>
    private static IEnumerable<Glyph> Glyphs(string text, double x, double baseline, double size)
    {
        foreach (var ch in text)
        {
            yield return Glyph(ch.ToString(), x, baseline, size, 0.55 * size);
            x += 0.55 * size;
        }
    }

    private static Glyph Glyph(string text, double x, double baseline, double size, double advance) =>
        new(text, x, baseline, advance, size, "Helvetica", false, null, 0);
}
