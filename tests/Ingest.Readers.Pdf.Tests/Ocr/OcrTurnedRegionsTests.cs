using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Labels printed bottom to top are found as stacked letters lying on their side, and only they are turned and read
/// again, on one mosaic, instead of the whole page a second time.
/// </summary>
public sealed class OcrTurnedRegionsTests
{
    private const int Width = 600, Height = 800;
    private const double Scale = GreyPage.Scale;

    [Fact]
    public void Letters_stacked_on_their_side_are_a_turned_label_and_upright_words_are_not()
    {
        var page = new GreyPage(Width, Height);
        var grey = page.Pixels;
        // A turned label: eight letters 30 px wide (the letter's height) and 20 px tall, 6 px apart, one above the other.
        for (var i = 0; i < 8; i++) page.Blot(50, 100 + i * 26, 30, 20);
        // An upright word: letters 20 px wide and 30 px tall side by side.
        for (var i = 0; i < 8; i++) page.Blot(200 + i * 26, 100, 20, 30);
        // A column of digits, one a row: upright, and rows apart.
        for (var i = 0; i < 8; i++) page.Blot(450, 100 + i * 60, 20, 30);

        var regions = OcrTurnedRegions.Find(grey, Width, Height, Scale);

        var label = regions.Should().ContainSingle().Subject.Box;
        label.Left.Should().BeLessThan(50 * Scale);
        label.Right.Should().BeGreaterThan(80 * Scale);
        label.Top.Should().BeLessThan(100 * Scale);
        label.Bottom.Should().BeGreaterThan((100 + 7 * 26 + 20) * Scale);
    }

    [Fact]
    public void A_word_read_on_the_turned_mosaic_lands_on_its_label_running_bottom_to_top()
    {
        var page = new GreyPage(Width, Height);
        var grey = page.Pixels;
        var label = new UnreadRegion(page.Blot(50, 100, 30, 200));
        var mosaic = OcrMosaic.Build(grey, Width, Height, [label], Scale, turned: true);

        // Turned, the 30 x 200 px label lies 200 wide and 30 tall: box its ink as Tesseract would.
        var ink = Enumerable.Range(0, mosaic.Width * mosaic.Height).Where(i => mosaic.Grey[i] < 128).ToList();
        var (left, right) = (ink.Min(i => i % mosaic.Width), ink.Max(i => i % mosaic.Width) + 1);
        var (top, bottom) = (ink.Min(i => i / mosaic.Width), ink.Max(i => i / mosaic.Width) + 1);
        (right - left).Should().Be(200);
        (bottom - top).Should().Be(30);

        var back = mosaic.BackOnPage([new OcrWord("Communities", new BoundingBox(left, top, right, bottom), 95, 0)], Scale).Single();

        back.Region.Should().Be(label);
        back.Word.Angle.Should().Be(OcrTurnedText.BottomToTop);
        back.Word.Box.Left.Should().BeApproximately(label.Box.Left, 0.3);
        back.Word.Box.Right.Should().BeApproximately(label.Box.Right, 0.3);
        back.Word.Box.Top.Should().BeApproximately(label.Box.Top, 0.3);
        back.Word.Box.Bottom.Should().BeApproximately(label.Box.Bottom, 0.3);
    }
}
