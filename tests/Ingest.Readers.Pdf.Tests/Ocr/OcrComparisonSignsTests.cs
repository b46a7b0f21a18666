using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>A "≥" that Tesseract read as "2" is told by its ink (<see cref="OcrComparisonSigns"/>): seed 1717's "≥63%" read "263%".</summary>
public sealed class OcrComparisonSignsTests
{
    private const double Scale = 72.0 / 300;

    [Fact]
    public void A_chevron_over_a_separate_bar_is_a_greater_or_equal_sign_and_a_two_of_one_stroke_stays_a_two()
    {
        const int width = 400;
        var grey = new byte[width * 100];
        Array.Fill(grey, (byte)255);
        // "≥" at x 20-44: a chevron (two strokes meeting at the right) and, 4 pixels under it, a bar as wide.
        for (var y = 20; y <= 50; y++)
        {
            var x = 20 + (int)(24 * (1 - Math.Abs(y - 35) / 15.0));
            Ink(grey, width, x, y, x + 3, y);
        }
        Ink(grey, width, 20, 55, 44, 58);
        // "2" at x 220-244: an arch, a diagonal down to the left and a bar, one stroke.
        for (var x = 220; x <= 244; x++) Ink(grey, width, x, 20 + (int)(Math.Abs(x - 232) / 2.0), x, 23 + (int)(Math.Abs(x - 232) / 2.0));
        for (var y = 26; y <= 55; y++) Ink(grey, width, 244 - (int)((y - 26) * 24 / 29.0), y, 247 - (int)((y - 26) * 24 / 29.0), y);
        Ink(grey, width, 220, 55, 244, 58);
        // The digits after each are left out: only the first glyph is looked at.
        OcrWord[] words =
        [
            new("263%", new BoundingBox(18 * Scale, 18 * Scale, 120 * Scale, 60 * Scale), 95, 1),
            new("263%", new BoundingBox(218 * Scale, 18 * Scale, 320 * Scale, 60 * Scale), 95, 2),
            new("2", new BoundingBox(18 * Scale, 70 * Scale, 30 * Scale, 90 * Scale), 95, 3),
        ];

        var read = OcrComparisonSigns.Apply(grey, width, 100, words, Scale, ScanRules.Load(RealRules.Directory).Signs);

        read.Select(w => w.Text).Should().Equal("≥63%", "263%", "2");
    }

    [Theory]
    // Seed 1919's Three Rivers: "≥89%" in a light face, its chevron's strokes grey 120-180, read "289%"; "≥94%" whose
    // bar blur joins to the chevron at grey 180, and its "9" to its "4", read "294%". The boxes are Tesseract's.
    [InlineData("sign-89", "289%", 5, 4, 82, 28, "≥89%")]
    [InlineData("sign-94", "294%", 4, 13, 81, 37, "≥94%")]
    // The decimal point picture's "72.1" is no sign: its "7" stands as tall as its other digits.
    [InlineData("point-lost-72.1", "272.1", 3, 3, 86, 35, "272.1")]
    public void A_sign_the_scan_left_pale_or_in_pieces_is_told_by_standing_lower_than_the_digits(
        string picture, string read, int left, int top, int right, int bottom, string expected)
    {
        var (image, grey) = FigurePictures.Load(picture);
        var box = new BoundingBox(left * Scale, top * Scale, right * Scale, bottom * Scale);

        var words = OcrComparisonSigns.Apply(grey, image.Width, image.Height, [new OcrWord(read, box, 95, 1)], Scale,
            ScanRules.Load(RealRules.Directory).Signs);

        words.Single().Text.Should().Be(expected);
    }

    private static void Ink(byte[] grey, int width, int left, int top, int right, int bottom)
    {
        for (var y = top; y <= bottom; y++)
        for (var x = left; x <= right; x++) grey[y * width + x] = 20;
    }
}
