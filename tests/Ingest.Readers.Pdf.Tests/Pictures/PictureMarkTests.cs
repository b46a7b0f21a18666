using FluentAssertions;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Pictures;

/// <summary>
/// Small pictures read as the mark they stand for (<see cref="PictureMarks"/>): arrows, triangles and dots
/// of several designs, sizes and colours, with soft (anti-aliased) edges; and pictures that are no mark.
/// </summary>
public sealed class PictureMarkTests
{
    /// <summary>Inside the shape: x across (right), y down, both from 0 to 1 over the picture.</summary>
    private delegate bool Shape(double x, double y);

    /// <summary>An up arrow: a triangular head over a centred stem.</summary>
    private static Shape Arrow(double headLength, double headWidth, double stemWidth) => (x, y) =>
        y < headLength
            ? Math.Abs(x - 0.5) <= headWidth / 2 * (y - 0.06) / (headLength - 0.06) && y >= 0.06
            : Math.Abs(x - 0.5) <= stemWidth / 2 && y <= 0.94;

    private static Shape Triangle => (x, y) => y is >= 0.15 and <= 0.85 && Math.Abs(x - 0.5) <= 0.4 * (y - 0.15) / 0.7;

    /// <summary>Turns an upright shape so it points down, right or left.</summary>
    private static Shape Pointing(Shape up, string way) => way switch
    {
        "down" => (x, y) => up(x, 1 - y),
        "right" => (x, y) => up(y, 1 - x),
        "left" => (x, y) => up(1 - y, x),
        _ => up,
    };

    /// <summary>The shape drawn at <paramref name="size"/> pixels, each pixel sampled 4x4 so edges are soft.</summary>
    private static RasterImage Draw(Shape shape, int size, (byte R, byte G, byte B) ink, (byte R, byte G, byte B)? paper = null,
        int? height = null)
    {
        var (w, h) = (size, height ?? size);
        var (pr, pg, pb) = paper ?? ((byte)255, (byte)255, (byte)255);
        var image = RasterImage.Blank(w, h);
        for (var py = 0; py < h; py++)
            for (var px = 0; px < w; px++)
            {
                var covered = 0;
                for (var sy = 0; sy < 4; sy++)
                    for (var sx = 0; sx < 4; sx++)
                        if (shape((px + (sx + 0.5) / 4) / w, (py + (sy + 0.5) / 4) / h)) covered++;
                var t = covered / 16.0;
                image.Set(px, py, Mix(ink.R, pr, t), Mix(ink.G, pg, t), Mix(ink.B, pb, t));
            }
        return image;
    }

    private static byte Mix(byte ink, byte paper, double t) => (byte)Math.Round(ink * t + paper * (1 - t));

    private static readonly (byte, byte, byte) DarkGrey = (0x40, 0x40, 0x40);
    private static readonly (byte, byte, byte) Green = (0x00, 0xB0, 0x50);
    private static readonly (byte, byte, byte) Red = (0xC0, 0x00, 0x00);

    public static TheoryData<string, string, int, int> ArrowDesigns()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var way in new[] { "up", "down", "right", "left" })
            foreach (var size in new[] { 14, 24, 60 })
                for (var design = 0; design < 3; design++)
                    data.Add(way, way switch { "up" => "↑", "down" => "↓", "right" => "→", _ => "←" }, size, design);
        return data;
    }

    [Theory]
    [MemberData(nameof(ArrowDesigns))]
    public void An_arrow_picture_reads_as_that_arrow(string way, string expected, int size, int design)
    {
        var shape = design switch
        {
            0 => Arrow(0.5, 0.9, 0.28),  // the randomiser's: a broad head on a thin stem
            1 => Arrow(0.4, 0.8, 0.45),  // a block arrow: short head, wide stem
            _ => Arrow(0.6, 0.7, 0.2),   // a long head, a narrow stem
        };
        var ink = design == 1 ? Green : DarkGrey;
        var mark = PictureMarks.Read(Draw(Pointing(shape, way), size, ink));
        mark.Should().NotBeNull();
        mark!.Text.Should().Be(expected);
        if (design == 1) mark.Colour.Should().NotBeNull("a coloured arrow keeps its colour");
        else mark.Colour.Should().BeNull("grey ink says nothing about a RAG");
    }

    [Theory]
    [InlineData("up", "▲")]
    [InlineData("down", "▼")]
    [InlineData("right", "►")]
    [InlineData("left", "◄")]
    public void A_triangle_picture_reads_as_that_triangle(string way, string expected)
    {
        foreach (var size in new[] { 12, 20, 48 })
            PictureMarks.Read(Draw(Pointing(Triangle, way), size, Red))?.Text.Should().Be(expected, $"at {size} pixels");
    }

    [Fact]
    public void A_round_picture_is_a_dot_in_its_colour()
    {
        var disc = new Shape((x, y) => (x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5) <= 0.16);
        var mark = PictureMarks.Read(Draw(disc, 16, Green));
        mark.Should().NotBeNull();
        mark!.Text.Should().Be("●");
        mark.Colour.Should().Be("00B050");
    }

    [Fact]
    public void An_arrow_on_a_tinted_background_is_still_an_arrow()
    {
        var mark = PictureMarks.Read(Draw(Arrow(0.5, 0.9, 0.28), 20, DarkGrey, paper: (0xFF, 0xEB, 0x9C)));
        mark?.Text.Should().Be("↑");
    }

    [Fact]
    public void The_mark_reports_where_its_ink_lies_in_the_picture()
    {
        var small = new Shape((x, y) => x < 0.5 && y < 0.5 && Triangle(2 * x, 2 * y));
        var mark = PictureMarks.Read(Draw(small, 40, Red));
        mark.Should().NotBeNull();
        mark!.Left.Should().BeInRange(0.0, 0.2);
        mark.Right.Should().BeInRange(0.35, 0.5);
        mark.Top.Should().BeInRange(0.05, 0.15);
        mark.Bottom.Should().BeInRange(0.35, 0.5);
    }

    public static TheoryData<string> NotMarks() => ["T", "t", "A", "1", "+", "l", "O", "square", "two dots", "tile", "blank", "noise", "wide bar"];

    [Theory]
    [MemberData(nameof(NotMarks))]
    public void A_picture_that_is_no_arrow_or_dot_is_nothing(string name)
    {
        bool Bar(double x, double y, double l, double t, double r, double b) => x >= l && x <= r && y >= t && y <= b;
        Shape shape = name switch
        {
            "T" => (x, y) => Bar(x, y, 0.15, 0.1, 0.85, 0.25) || Bar(x, y, 0.42, 0.1, 0.58, 0.9),
            "t" => (x, y) => Bar(x, y, 0.4, 0.1, 0.55, 0.8) || Bar(x, y, 0.2, 0.3, 0.75, 0.4) || Bar(x, y, 0.4, 0.8, 0.8, 0.9),
            "A" => (x, y) => Math.Abs(Math.Abs(x - 0.5) - 0.4 * (y - 0.1) / 0.8) < 0.08 && y is >= 0.1 and <= 0.9
                             || Bar(x, y, 0.3, 0.6, 0.7, 0.68),
            "1" => (x, y) => Bar(x, y, 0.45, 0.1, 0.6, 0.9) || Bar(x, y, 0.25, 0.82, 0.8, 0.9) || (y < 0.3 && Math.Abs(x - 0.45 + (y - 0.1)) < 0.07),
            "+" => (x, y) => Bar(x, y, 0.42, 0.15, 0.58, 0.85) || Bar(x, y, 0.15, 0.42, 0.85, 0.58),
            "l" => (x, y) => Bar(x, y, 0.42, 0.1, 0.58, 0.9),
            "O" => (x, y) => Math.Abs(Math.Sqrt((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5)) - 0.3) < 0.08,
            "square" => (x, y) => Bar(x, y, 0.2, 0.2, 0.8, 0.8),
            "two dots" => (x, y) => (x - 0.3) * (x - 0.3) + (y - 0.5) * (y - 0.5) < 0.02 || (x - 0.7) * (x - 0.7) + (y - 0.5) * (y - 0.5) < 0.02,
            "tile" => (_, _) => true,
            "blank" => (_, _) => false,
            "noise" => (x, y) => (int)(x * 97 + y * 31 * 7) % 3 == 0,
            _ => (x, y) => Bar(x, y, 0.1, 0.45, 0.9, 0.55),
        };
        foreach (var size in new[] { 14, 30 })
            PictureMarks.Read(Draw(shape, size, DarkGrey)).Should().BeNull($"'{name}' at {size} pixels is no mark");
    }

    [Fact]
    public void A_photograph_sized_picture_with_many_shapes_is_nothing()
    {
        var random = new Random(7);
        var image = RasterImage.Blank(40, 40);
        for (var i = 0; i < 400; i++)
            image.Set(random.Next(40), random.Next(40), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
        PictureMarks.Read(image).Should().BeNull();
    }
}
