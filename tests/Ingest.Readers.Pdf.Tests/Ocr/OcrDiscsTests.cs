using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Status discs with no colour to go by (<see cref="OcrDiscs"/>): on seed 1717's greyscale scans (Croydon, Coventry,
/// Caerphilly) Tesseract read them as "&amp;", "@", "6" or nothing, and the status columns were lost.
/// </summary>
public sealed class OcrDiscsTests
{
    private const double Scale = 72.0 / 300;

    [Fact]
    public void Grey_discs_stand_as_bullets_without_colour_and_junk_read_from_one_is_replaced_but_rings_squares_and_sure_words_stay()
    {
        var image = RasterImage.Blank(900, 200);
        // An amber disc as grey as a greyscale scan makes it (190), 8 points across, alone.
        Disc(image, 100, 100, 16, 190);
        // A red one (76) Tesseract read as "&".
        Disc(image, 250, 100, 16, 76);
        // A letter "O": a ring, not solid.
        Disc(image, 400, 100, 16, 30);
        Disc(image, 400, 100, 10, 255);
        // A filled square: its corners are ink.
        for (var y = 85; y <= 115; y++)
        for (var x = 535; x <= 565; x++) image.Set(x, y, 60, 60, 60);
        // A figure's digits beside a disc-sized blob, read as one word "100.0%" that holds more than the blob.
        Disc(image, 700, 100, 16, 60);
        // A bold letter blurred solid, read surely as a word ("Good is" in Maidstone's header).
        Disc(image, 850, 100, 16, 40);
        OcrWord[] words =
        [
            new("&", new BoundingBox(238 * Scale, 88 * Scale, 262 * Scale, 113 * Scale), 81, 1),
            new("O", new BoundingBox(384 * Scale, 84 * Scale, 416 * Scale, 116 * Scale), 95, 2),
            new("100.0%", new BoundingBox(600 * Scale, 84 * Scale, 716 * Scale, 116 * Scale), 96, 3),
            new("is", new BoundingBox(832 * Scale, 84 * Scale, 868 * Scale, 116 * Scale), 96, 4),
        ];

        var read = OcrDiscs.Apply(image, words, Scale, ScanRules.Load(RealRules.Directory).Discs);

        read.Where(w => w.Text == "●").Select(w => Math.Round(w.Box.Left / Scale / 10) * 10).Order().Should().Equal(80, 230);
        read.Where(w => w.Text == "●").Should().OnlyContain(w => w.Colour == null, "a grey says nothing of the rating");
        read.Select(w => w.Text).Should().Contain(["O", "100.0%", "is"]).And.NotContain("&");
    }

    private static void Disc(RasterImage image, int cx, int cy, int radius, int luma)
    {
        for (var y = cy - radius; y <= cy + radius; y++)
        for (var x = cx - radius; x <= cx + radius; x++)
            if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) image.Set(x, y, (byte)luma, (byte)luma, (byte)luma);
    }
}
