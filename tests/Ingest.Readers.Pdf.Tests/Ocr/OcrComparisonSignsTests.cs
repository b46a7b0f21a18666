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

    private static void Ink(byte[] grey, int width, int left, int top, int right, int bottom)
    {
        for (var y = top; y <= bottom; y++)
        for (var x = left; x <= right; x++) grey[y * width + x] = 20;
    }
}
