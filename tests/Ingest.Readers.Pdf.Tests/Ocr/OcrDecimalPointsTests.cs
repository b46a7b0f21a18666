using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A decimal point the reading lost is put back from the ink (<see cref="OcrDecimalPoints"/>). The pictures are cells
/// of seed 1919's scans at 300 dpi, each with Tesseract's reading of it on the page.
/// </summary>
public sealed class OcrDecimalPointsTests
{
    private const double Scale = 72.0 / 300;

    [Theory]
    // Adur: the point dropped.
    [InlineData("point-lost-72.1", "721", "72.1")]
    // Dumfries and Galloway: the point read as a "3", and as a "5" after a "≤".
    [InlineData("point-as-digit-1.2", "132", "1.2")]
    [InlineData("sign-point-1.1", "<=151", "<=1.1")]
    // South Ribble: the point read as a "5" and a stray comma after the figure.
    [InlineData("point-and-mark-22.7", "2257,", "22.7")]
    public void A_figure_read_without_its_point_gets_it_back_where_the_ink_has_it(string picture, string read, string expected) =>
        Reread(picture, read).Should().Be(expected);

    [Theory]
    // Three Rivers: a thousands comma hangs below the baseline, no point.
    [InlineData("comma-2,664", "2664")]
    // Three Rivers: a "≥89%" has no point at all (its "≥" is another repair's).
    [InlineData("sign-89", "289%")]
    // A reading that has its point already is not looked at.
    [InlineData("point-lost-72.1", "72.1")]
    public void A_figure_whose_ink_has_no_point_is_left_as_read(string picture, string read) =>
        Reread(picture, read).Should().Be(read);

    private static string Reread(string picture, string read)
    {
        var (image, grey) = FigurePictures.Load(picture);
        // Tesseract's box around the figure: the picture less the 3 pixels of paper it was cut with.
        var box = new BoundingBox(3 * Scale, 3 * Scale, (image.Width - 3) * Scale, (image.Height - 3) * Scale);
        var words = OcrDecimalPoints.Apply(grey, image.Width, image.Height, [new OcrWord(read, box, 60, 1)], Scale,
            ScanRules.Load(RealRules.Directory).Decimals);
        return words.Single().Text;
    }
}
