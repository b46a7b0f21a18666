using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>Words' baselines read from their ink (<see cref="OcrBaselines"/>) and the lines laid on them.</summary>
public sealed class OcrBaselinesTests
{
    private const double Scale = 72.0 / 300;

    [Fact]
    public void A_word_stands_where_most_of_its_columns_of_ink_end_not_on_a_tail_below_them()
    {
        // Four letters 30 px tall standing on row 59, and a tail (a "Q" 's, a "g" 's) down to row 69 under one of them.
        var grey = Enumerable.Repeat((byte)250, 200 * 100).ToArray();
        foreach (var left in new[] { 20, 40, 60, 80 })
            Fill(grey, 200, left, 30, left + 12, 59);
        Fill(grey, 200, 84, 60, 90, 69);
        var word = new OcrWord("Q4ab", new BoundingBox(20 * Scale, 30 * Scale, 93 * Scale, 70 * Scale), 90, 1);

        var measured = OcrBaselines.Measure(grey, 200, 100, [word], Scale).Single();

        measured.Baseline.Should().BeApproximately(60 * Scale, 1e-9);
    }

    [Fact]
    public void A_mark_or_a_speck_gets_no_baseline()
    {
        var grey = Enumerable.Repeat((byte)250, 200 * 100).ToArray();
        Fill(grey, 200, 20, 30, 23, 59);
        var word = new OcrWord("1", new BoundingBox(20 * Scale, 30 * Scale, 24 * Scale, 60 * Scale), 90, 1);

        OcrBaselines.Measure(grey, 200, 100, [word], Scale).Single().Baseline.Should().BeNull();
    }

    [Fact]
    public void A_line_is_laid_on_its_words_baseline_and_sized_by_the_height_above_it()
    {
        // As in seed 1919's Brighton and Hove: the group label "Q4 2019/20" is boxed down to the Q's tail (127.9) while its
        // letters stand on 126.2; laid on the box's bottom it reached down into the sub-header under it.
        var words = new[]
        {
            new OcrWord("Q4", new BoundingBox(552.2, 120.5, 562.8, 127.9), 91, 7, Bold: true, Baseline: 126.2),
            new OcrWord("2019/20", new BoundingBox(565.4, 120.5, 592.8, 126.7), 97, 7, Bold: true, Baseline: 126.2),
        };

        var page = OcrPageContent.ToPage(new OcrPage(1, 841.89, 595.3, words, [], [], 0));

        page.Glyphs.Should().OnlyContain(g => Math.Abs(g.Y - 126.2) < 1e-9);
        page.Glyphs.Should().OnlyContain(g => Math.Abs(g.Size - (126.2 - 120.5) / 0.72) < 1e-9);
    }

    [Fact]
    public void A_line_is_sized_from_the_middle_of_its_tall_words_tops_not_from_one_stretched_box()
    {
        // Seed 1919's Adur: Tesseract boxed a header's "Tgt" from 173.7, 12 points above its baseline; "Q1" beside it
        // from 178.5, as the letters are.
        var words = new[]
        {
            new OcrWord("Tgt", new BoundingBox(408.3, 173.7, 427.5, 189.3), 90, 18, Bold: true, Baseline: 185.9),
            new OcrWord("Q1", new BoundingBox(433.3, 178.5, 445.8, 188.1), 90, 18, Bold: true, Baseline: 186.2),
        };

        var page = OcrPageContent.ToPage(new OcrPage(1, 841.89, 595.3, words, [], [], 0));

        page.Glyphs.Should().OnlyContain(g => Math.Abs(g.Size - (186.2 - 178.5) / 0.72) < 1e-9);
    }

    private static void Fill(byte[] grey, int width, int left, int top, int right, int bottom)
    {
        for (var y = top; y <= bottom; y++)
        for (var x = left; x <= right; x++)
            grey[y * width + x] = 20;
    }
}
