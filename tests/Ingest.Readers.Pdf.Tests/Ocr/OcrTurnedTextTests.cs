using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Layout;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>Labels printed bottom to top, read from the page turned a quarter (the Havering scan's sub-committee column).</summary>
public sealed class OcrTurnedTextTests
{
    [Fact]
    public void Turning_clockwise_puts_the_bottom_left_pixel_at_the_top_left()
    {
        // 3 x 2 picture, rows: 1 2 3 / 4 5 6. Turned clockwise it is 2 x 3: 4 1 / 5 2 / 6 3.
        var turned = OcrTurnedText.TurnClockwise([1, 2, 3, 4, 5, 6], 3, 2);
        turned.Should().Equal(4, 1, 5, 2, 6, 3);
    }

    [Fact]
    public void A_word_read_in_the_turned_picture_lands_where_it_stands_on_the_page()
    {
        // Page 600 x 800 points; turned, it is 800 wide. A word across x 700..780 at y 40..52 of the turned
        // picture stands on the page at x 40..52, from y 20 (its end, at the top) to y 100 (its start).
        var word = new OcrWord("Health", new BoundingBox(700, 40, 780, 52), 95, 1);
        var onPage = OcrTurnedText.BackOnPage([word], turnedWidth: 800).Single();
        onPage.Box.Should().Be(new BoundingBox(40, 20, 52, 100));
        onPage.Angle.Should().Be(OcrTurnedText.BottomToTop);
    }

    [Fact]
    public void A_sure_turned_label_replaces_the_nonsense_read_across_it()
    {
        var nonsense = new OcrWord("aTComnuwitdse", new BoundingBox(30, 50, 70, 62), 45, 1);
        var indicator = new OcrWord("Complaints", new BoundingBox(90, 50, 160, 62), 96, 1);
        var label = Turned(("Towns", 94, 40, 52, 60, 100), ("Communities", 96, 54, 66, 20, 100));

        var merged = OcrTurnedText.Merge([nonsense, indicator], label);

        merged.Select(w => w.Text).Should().BeEquivalentTo("Complaints", "Towns", "Communities");
    }

    [Fact]
    public void Sure_upright_text_is_kept_and_the_turned_reading_of_it_dropped()
    {
        // A column of RAG words, one under another: read sideways it can pass for a tall label.
        var upright = new[]
        {
            new OcrWord("Green", new BoundingBox(40, 20, 70, 30), 95, 1),
            new OcrWord("Amber", new BoundingBox(40, 40, 72, 50), 94, 2),
            new OcrWord("Red", new BoundingBox(40, 60, 60, 70), 96, 3),
        };
        var sideways = Turned(("Gerenmbaed", 80, 38, 72, 18, 72));

        OcrTurnedText.Merge(upright, sideways).Should().Equal(upright);
    }

    [Fact]
    public void Figures_a_turned_reading_only_partly_covers_are_kept_and_the_turned_reading_dropped()
    {
        // Seed 6868's Havering: the right ends of a column of figures, stacked, read turned as "FESS"; the figures'
        // centres lie just outside the turned line's box.
        var upright = new[]
        {
            new OcrWord("£1.7m", new BoundingBox(544.7, 310.8, 566.6, 316.5), 85, 1),
            new OcrWord("81.3%", new BoundingBox(544.7, 319.8, 566.6, 325.5), 92, 2),
            new OcrWord("64.8%", new BoundingBox(544.7, 328.8, 566.6, 334.5), 93, 3),
            new OcrWord("64.3%", new BoundingBox(544.7, 337.8, 566.6, 343.5), 91, 4),
        };
        var sideways = Turned(("FESS", 72, 557.7, 567.0, 310.8, 344.1));

        OcrTurnedText.Merge(upright, sideways).Should().Equal(upright);
    }

    [Theory]
    [InlineData("1111", 95)]   // a column of digits read sideways: not a name
    [InlineData("Health", 40)] // a name, but read without confidence
    [InlineData("Hea", 95)]    // too short to tell from a speck
    public void Turned_lines_that_are_not_plainly_labels_are_not_taken(string text, double confidence)
    {
        var merged = OcrTurnedText.Merge([], Turned((text, confidence, 40, 52, 20, 100)));
        merged.Should().BeEmpty();
    }

    [Fact]
    public void A_turned_label_is_laid_out_as_text_turned_like_the_text_layer_s_and_read_whole()
    {
        // The cell a ruled table would give the label: the layout reads the turned glyphs in their own direction.
        var words = OcrTurnedText.BackOnPage([new OcrWord("Health", new BoundingBox(650, 100, 720, 114), 95, 1)], 800);
        var page = OcrPageContent.ToPage(new OcrPage(1, 600, 800, words, [], [], 0));

        page.Glyphs.Where(g => g.Text != " ").Should().OnlyContain(g => g.Angle == OcrTurnedText.BottomToTop);
        var layout = DocumentLayoutBuilder.Build([page], TableExtractionOptions.Default, CancellationToken.None);
        string.Join(" ", layout.Paragraphs).Should().Contain("Health");
    }

    /// <summary>Turned words given by their page box: x from left to right, y from top to bottom.</summary>
    private static List<OcrWord> Turned(params (string Text, double Confidence, double Left, double Right, double Top, double Bottom)[] words) =>
        words.Select((w, i) => new OcrWord(w.Text, new BoundingBox(w.Left, w.Top, w.Right, w.Bottom), w.Confidence, 3_000_000 + i,
            OcrTurnedText.BottomToTop)).ToList();
}
