using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A page's passes share one luma plane, one block grid and ink found at their own threshold, worked out once rather
/// than each walking every pixel again: each shared copy must say what the pixels say.
/// </summary>
public sealed class SharedPixelsTests
{
    [Fact]
    public void A_pixel_set_after_the_luma_plane_is_made_shows_in_it_and_in_the_block_grid()
    {
        var image = RasterImage.Blank(8, 8);
        image.Luma(0, 0).Should().Be(255);
        image.Blocks.Low[0].Should().Be(255);

        image.Set(1, 1, 200, 100, 50);

        image.Luma(1, 1).Should().Be((200 * 299 + 100 * 587 + 50 * 114) / 1000);
        image.Blocks.Low[0].Should().Be((byte)image.Luma(1, 1));
    }

    [Fact]
    public void Block_grid_holds_each_blocks_mean_colour_and_its_dimmest_and_brightest_pixel()
    {
        var image = RasterImage.Blank(9, 5);
        image.Set(4, 0, 0, 0, 0);
        image.Set(5, 1, 255, 0, 0);

        var blocks = image.Blocks;

        (blocks.Width, blocks.Height).Should().Be((2, 1));
        blocks.Mean(0).Should().Be(image.MeanOfBlock(0, 0, 4));
        blocks.Mean(1).Should().Be(image.MeanOfBlock(4, 0, 4));
        (blocks.Low[1], blocks.High[1]).Should().Be(((byte)0, (byte)255));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(180)]
    [InlineData(256)]
    public void Ink_found_at_a_threshold_is_the_ink_of_the_page_made_black_and_white_at_it(int inkBelow)
    {
        var (width, height) = (40, 30);
        var grey = new byte[width * height];
        var random = new Random(7);
        for (var i = 0; i < grey.Length; i++) grey[i] = (byte)random.Next(0, 256);
        var black = grey.Select(g => g < inkBelow ? (byte)0 : (byte)255).ToArray();

        var found = InkBlobs.Find(grey, width, height, 1, 50, inkBelow);
        var expected = InkBlobs.Find(black, width, height, 1, 50);

        found.Select(b => (b.Left, b.Top, b.Right, b.Bottom)).Should().Equal(expected.Select(b => (b.Left, b.Top, b.Right, b.Bottom)));
        found.Select(b => b.Mask.Cast<bool>().Count(m => m)).Should().Equal(expected.Select(b => b.Mask.Cast<bool>().Count(m => m)));
    }
}
