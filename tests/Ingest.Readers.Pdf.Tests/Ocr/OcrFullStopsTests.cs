using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A full stop Tesseract's sparse reading dropped after a figure ending its line is put back from the ink
/// (<see cref="OcrFullStops"/>). The picture is seed 3535's Nottingham subtitle, "...September 2022.", at 300 dpi,
/// with Tesseract's box for "2022" on it.
/// </summary>
public sealed class OcrFullStopsTests
{
    private const double Scale = 72.0 / 300;
    private static readonly BoundingBox Figure = new(8 * Scale, 13 * Scale, 88 * Scale, 39 * Scale);

    [Fact]
    public void A_figure_ending_its_line_gets_back_the_point_after_it() =>
        Reread("2022", paintOutPoint: false).Should().Be("2022.");

    [Fact]
    public void A_figure_with_nothing_after_it_is_left_as_read() =>
        Reread("2022", paintOutPoint: true).Should().Be("2022");

    [Fact]
    public void A_word_ending_in_a_letter_is_left_as_read() =>
        Reread("2022a", paintOutPoint: false).Should().Be("2022a");

    [Fact]
    public void A_figure_with_another_word_where_the_point_is_is_left_as_read()
    {
        var (image, grey) = FigurePictures.Load("full-stop-2022");
        var next = new OcrWord("x", new BoundingBox(90 * Scale, 15 * Scale, 100 * Scale, 39 * Scale), 90, 2);
        var words = OcrFullStops.Apply(grey, image.Width, image.Height, [new OcrWord("2022", Figure, 96, 1), next], Scale, Rules);
        words[0].Text.Should().Be("2022");
    }

    private static ScanDecimalRules Rules => ScanRules.Load(RealRules.Directory).Decimals;

    private static string Reread(string read, bool paintOutPoint)
    {
        var (image, grey) = FigurePictures.Load("full-stop-2022");
        if (paintOutPoint)
            for (var y = 0; y < image.Height; y++)
            for (var x = 89; x < image.Width; x++) grey[y * image.Width + x] = 255;
        var words = OcrFullStops.Apply(grey, image.Width, image.Height, [new OcrWord(read, Figure, 96, 1)], Scale, Rules);
        return words.Single().Text;
    }
}
