using FluentAssertions;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

public sealed class OcrStretchedWordsTests
{
    [Fact]
    public void A_word_boxed_over_the_words_after_it_ends_before_them()
    {
        // Seed 2121's City of Edinburgh: Tesseract's boxes for the section band "Housing and Benefits", in points.
        OcrWord[] words =
        [
            new("Housing", new BoundingBox(41.5, 180.4, 120.5, 188.8), 97, 24),
            new("and", new BoundingBox(73.9, 179.5, 86.1, 189.8), 96, 24),
            new("Benefits", new BoundingBox(89.5, 180.4, 120.5, 188.8), 97, 24),
        ];

        var trimmed = OcrStretchedWords.Trim(words);

        trimmed[0].Box.Right.Should().BeInRange(65, 73.9);
        trimmed.Skip(1).Should().Equal(words.Skip(1));
        Letters(trimmed).Should().Be("Housing and Benefits");
    }

    [Fact]
    public void A_word_boxed_over_most_of_the_word_after_it_ends_before_it()
    {
        // Seed 6868's Isles of Scilly: the header line "Target Q4 ... Result Q4" on a pale grey band, in points.
        OcrWord[] words =
        [
            new("Target", new BoundingBox(349.8, 162.9, 392.1, 172.0), 92, 8),
            new("Q4", new BoundingBox(383.4, 158.8, 395.0, 173.7), 29, 8),
            new("Result", new BoundingBox(406.7, 162.7, 447.0, 171.3), 53, 8),
            new("Q4", new BoundingBox(438.1, 158.8, 448.2, 173.7), 89, 8),
        ];

        var trimmed = OcrStretchedWords.Trim(words);

        trimmed[0].Box.Right.Should().BeLessThan(383.4);
        trimmed[2].Box.Right.Should().BeLessThan(438.1);
        Letters(trimmed).Should().Be("Target Q4 Result Q4");
    }

    [Fact]
    public void Words_that_only_touch_or_lie_on_another_line_are_left_alone()
    {
        OcrWord[] words =
        [
            new("Office", new BoundingBox(40, 100, 70, 108), 96, 3),
            new("costs", new BoundingBox(69, 100, 90, 108), 96, 3),          // kerned into its neighbour, not inside it
            new("(£)", new BoundingBox(50, 100, 60, 108), 96, 4),            // inside it, but read on another line
        ];

        OcrStretchedWords.Trim(words).Should().BeSameAs(words);
    }

    /// <summary>The words' letters in the order their boxes put them, each word's spread evenly over its box as the
    /// page content lays them out, a space after each.</summary>
    private static string Letters(IReadOnlyList<OcrWord> words) => string.Concat(words
        .SelectMany(w => w.Text.Select((c, i) => (X: w.Box.Left + i * w.Box.Width / w.Text.Length, C: c)).Append((X: w.Box.Right, C: ' ')))
        .OrderBy(g => g.X).Select(g => g.C)).Trim();
}
