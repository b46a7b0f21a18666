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

        var fills = GreyFills.Find(image, Scale, new ScanGreyFillRules()).Fills;

        var fill = fills.Should().ContainSingle().Subject;
        fill.Luma.Should().BeInRange(70, 82);
        fill.ToFill(Scale, 0).Box.Left.Should().BeApproximately(40 * Scale, 1.5);
        fill.ToFill(Scale, 0).Box.Right.Should().BeApproximately(165 * Scale, 1.5);
        var prepared = OcrImage.Prepare(image, [], fills, new ScanGreyFillRules().InkMargin);
        prepared[60 * 600 + 60].Should().Be(255, "the shade is painted out");
        prepared[80 * 600 + 92].Should().BeLessThan(60, "the letter on it is kept");
        prepared[70 * 600 + 263].Should().BeLessThan(100, "the arrow is no fill");
    }

    [Fact]
    public void A_pale_title_band_is_no_fill_but_a_band_and_tinted_paper_is_neither()
    {
        // A KPI box's title band in pale grey (216, as seed 2121's greyscale South Cambridgeshire shows it) with
        // a black title on it, on white paper; then the same page on tinted paper (232) with a band only a
        // little darker than it (224).
        var image = PaleBand(paper: 250, band: 216);
        var shading = GreyFills.Find(image, Scale, new ScanGreyFillRules());
        shading.Fills.Should().BeEmpty("Tesseract reads through shading this pale");
        var band = shading.PaleBands.Should().ContainSingle().Subject;
        (band.Left, band.Top, band.Right, band.Bottom).Should().Be((40, 40, 559, 119));

        GreyFills.Find(PaleBand(paper: 232, band: 224), Scale, new ScanGreyFillRules()).PaleBands
            .Should().BeEmpty("a band is darker than the paper by a margin, and tinted paper is paper");
    }

    private static RasterImage PaleBand(int paper, int band)
    {
        var image = RasterImage.Blank(600, 300);
        var random = new Random(11);
        for (var y = 0; y < 300; y++)
        for (var x = 0; x < 600; x++) Grey(image, x, y, paper + random.Next(-4, 5));
        for (var y = 40; y < 120; y++)
        for (var x = 40; x < 560; x++) Grey(image, x, y, band + random.Next(-6, 7));
        for (var y = 60; y < 90; y++)
        for (var x = 60; x < 400; x++)
            if (x % 14 < 4) Grey(image, x, y, 20);
        return image;
    }

    private static void Grey(RasterImage image, int x, int y, int luma)
    {
        var v = (byte)Math.Clamp(luma, 0, 255);
        image.Set(x, y, v, v, v);
    }
}
