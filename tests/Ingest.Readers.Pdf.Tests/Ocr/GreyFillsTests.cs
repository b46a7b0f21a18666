using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Shading with no colour in a greyscale scan (<see cref="GreyFills"/>): a red, green or amber status cell turns
/// mid grey, which Tesseract reads as junk, so it is painted out for Tesseract (its text kept) and is a fill.
/// </summary>
public sealed class GreyFillsTests
{
    private const double Scale = 72.0 / 300;

    [Fact]
    public void A_grey_status_cell_is_a_fill_painted_out_for_tesseract_and_its_text_and_a_dark_grey_arrow_are_kept()
    {
        var image = RasterImage.Blank(600, 300);
        var random = new Random(7);
        // A red status cell as a greyscale scan shows it (grey 76 with JPEG noise), 30 by 18 points, with a black
        // letter on it; beside it a drawn arrow in dark grey (404040), 9 points tall, and black text on paper.
        for (var y = 40; y < 115; y++)
        for (var x = 40; x < 165; x++) Grey(image, x, y, 76 + random.Next(-12, 13));
        for (var y = 70; y < 90; y++)
        for (var x = 90; x < 96; x++) Grey(image, x, y, 20);
        for (var y = 40; y < 78; y++)
        for (var x = 250; x < 276; x++)
            if (y >= 58 ? Math.Abs(x - 263) <= 5 : Math.Abs(x - 263) <= (y - 40) * 0.7) Grey(image, x, y, 64);
        for (var y = 200; y < 230; y++)
        for (var x = 40; x < 400; x++)
            if (x % 12 < 4) Grey(image, x, y, 25);

        var fills = GreyFills.Find(image, Scale, new ScanGreyFillRules());

        var fill = fills.Should().ContainSingle().Subject;
        fill.Luma.Should().BeInRange(70, 82);
        fill.ToFill(Scale, 0).Box.Left.Should().BeApproximately(40 * Scale, 1.5);
        fill.ToFill(Scale, 0).Box.Right.Should().BeApproximately(165 * Scale, 1.5);
        var prepared = OcrImage.Prepare(image, [], fills, new ScanGreyFillRules().InkMargin);
        prepared[60 * 600 + 60].Should().Be(255, "the shade is painted out");
        prepared[80 * 600 + 92].Should().BeLessThan(60, "the letter on it is kept");
        prepared[70 * 600 + 263].Should().BeLessThan(100, "the arrow is no fill");
    }

    private static void Grey(RasterImage image, int x, int y, int luma)
    {
        var v = (byte)Math.Clamp(luma, 0, 255);
        image.Set(x, y, v, v, v);
    }
}
