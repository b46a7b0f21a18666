using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>A RAG cell that is only colour on a colour scan: its colour read from the pixels, with JPEG-like noise and paper tint.</summary>
public sealed class ScanColoursTests
{
    private const double Scale = 0.24; // points per pixel at 300 dpi
    private static readonly ScanColourRules Rules = new();

    [Fact]
    public void A_filled_cell_gives_its_fill_colour_whether_or_not_it_holds_text()
    {
        var image = Paper(400, 200);
        Paint(image, 50, 50, 250, 130, (200, 30, 40));
        for (var x = 120; x < 180; x++) Paint(image, x, 85, x + 1, 95, (30, 30, 30)); // a word across the fill
        var colours = ScanColours.Measure(image, Scale, Rules);

        var cell = Box(50, 50, 250, 130);
        Red(colours.CellColour(cell, holdsWord: true)).Should().BeTrue();
        Red(colours.CellColour(cell, holdsWord: false)).Should().BeTrue();
    }

    [Fact]
    public void A_coloured_bullet_alone_in_a_cell_gives_its_colour_but_not_beside_a_word()
    {
        var image = Paper(400, 200);
        Disc(image, 150, 90, 12, (20, 160, 60));
        var colours = ScanColours.Measure(image, Scale, Rules);

        var cell = Box(50, 50, 250, 130);
        var colour = colours.CellColour(cell, holdsWord: false);
        colour.Should().NotBeNull();
        var (r, g, b) = Rgb(colour!);
        g.Should().BeGreaterThan(r + 60).And.BeGreaterThan(b + 40);
        colours.CellColour(cell, holdsWord: true).Should().BeNull("a small mark beside a number is no fill");
    }

    [Fact]
    public void Coloured_discs_are_marks_but_a_fill_a_bar_and_a_mark_on_a_word_are_not()
    {
        var image = Paper(600, 200);
        Disc(image, 60, 60, 14, (200, 30, 40));        // a red icon, 8 points across at 300 dpi
        Disc(image, 160, 60, 10, (250, 190, 20));      // an amber bullet
        Paint(image, 250, 20, 450, 120, (20, 160, 60)); // a green fill
        Paint(image, 480, 50, 590, 65, (20, 60, 200));  // a blue bar
        Disc(image, 60, 160, 12, (20, 160, 60));       // a green mark under a word the reading found
        var colours = ScanColours.Measure(image, Scale, Rules);
        var word = new OcrWord("12", Box(40, 140, 80, 180), 90, 1);

        var marks = colours.Marks([word]);

        marks.Should().HaveCount(2);
        marks.Select(m => m.Box.Left).Should().BeEquivalentTo([Box(46, 0, 0, 0).Left, Box(150, 0, 0, 0).Left],
            o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1.5)).WhenTypeIs<double>());
        Red(marks.OrderBy(m => m.Box.Left).First().Colour).Should().BeTrue();
    }

    [Fact]
    public void A_small_bullet_with_a_pale_rim_is_one_mark_of_its_colour()
    {
        // A 4-point bullet scanned at 200 dpi and drawn at 300: its rim washed half way to the paper, as JPEG's
        // halved colour resolution leaves it (seed 3535's Harrow, Hart and Peterborough; the core alone is under 3 points).
        var image = Paper(200, 100);
        Disc(image, 50, 50, 9, (240, 130, 120));
        Disc(image, 50, 50, 6, (235, 15, 15));
        Disc(image, 150, 50, 9, (165, 222, 185)); // green's rim is paler still: the mark's mean is no strong colour
        Disc(image, 150, 50, 6, (60, 190, 120));
        var colours = ScanColours.Measure(image, Scale, Rules);

        var marks = colours.Marks([]).OrderBy(m => m.Box.Left).ToList();

        marks.Should().HaveCount(2);
        Red(marks[0].Colour).Should().BeTrue();
        var (r, g, b) = Rgb(marks[1].Colour);
        g.Should().BeGreaterThan(r + 100).And.BeGreaterThan(b + 60);
    }

    [Fact]
    public void Tinted_paper_black_ink_and_a_speck_are_no_colour()
    {
        var image = Paper(400, 200);
        for (var x = 60; x < 240; x++) Paint(image, x, 85, x + 1, 93, (25, 20, 15)); // ink
        Paint(image, 100, 60, 103, 63, (220, 40, 40)); // a speck of colour under a point wide
        var colours = ScanColours.Measure(image, Scale, Rules);

        colours.CellColour(Box(50, 50, 250, 130), holdsWord: false).Should().BeNull();
    }

    [Fact]
    public void A_greyscale_scan_has_no_colour()
    {
        var image = Paper(400, 200, tint: false);
        Paint(image, 50, 50, 250, 130, (90, 90, 90)); // a red fill, scanned grey
        ScanColours.Measure(image, Scale, Rules).CellColour(Box(50, 50, 250, 130), holdsWord: false).Should().BeNull();
    }

    /// <summary>Cream paper with a little noise, as a scanner and JPEG leave it.</summary>
    private static RasterImage Paper(int width, int height, bool tint = true)
    {
        var image = RasterImage.Blank(width, height);
        var random = new Random(7);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var n = random.Next(-8, 9);
            image.Set(x, y, Clamp(245 + n), Clamp(240 + n), Clamp((tint ? 222 : 245) + n));
        }
        return image;
    }

    private static void Paint(RasterImage image, int left, int top, int right, int bottom, (int R, int G, int B) colour)
    {
        var random = new Random(left * 31 + top);
        for (var y = top; y < bottom; y++)
        for (var x = left; x < right; x++)
            image.Set(x, y, Clamp(colour.R + random.Next(-12, 13)), Clamp(colour.G + random.Next(-12, 13)), Clamp(colour.B + random.Next(-12, 13)));
    }

    private static void Disc(RasterImage image, int cx, int cy, int radius, (int R, int G, int B) colour)
    {
        for (var y = cy - radius; y <= cy + radius; y++)
        for (var x = cx - radius; x <= cx + radius; x++)
            if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) image.Set(x, y, (byte)colour.R, (byte)colour.G, (byte)colour.B);
    }

    private static BoundingBox Box(int left, int top, int right, int bottom) => new(left * Scale, top * Scale, right * Scale, bottom * Scale);

    private static bool Red(string? hex) => hex is not null && Rgb(hex) is var (r, g, b) && r > g + 100 && r > b + 100;

    private static (int R, int G, int B) Rgb(string hex) =>
        (Convert.ToInt32(hex[..2], 16), Convert.ToInt32(hex[2..4], 16), Convert.ToInt32(hex[4..], 16));

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
