using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Arrows read from their shape in a scan (<see cref="OcrArrowShapes"/>): glyphs drawn into a 300 dpi
/// picture with soft edges, a little blur, tilt and noise, as a scanner leaves them.
/// </summary>
public sealed class OcrArrowShapeTests
{
    private const double Scale = 72.0 / 300;
    private const int Size = 120;
    private const double Centre = Size / 2.0;

    /// <summary>A glyph drawn upright: across (right) and along (down) from its centre, in pixels.</summary>
    private delegate bool Shape(double across, double along);

    public static TheoryData<string, double, double, int> Arrows()
    {
        var data = new TheoryData<string, double, double, int>();
        foreach (var arrow in new[] { "↓", "↑", "→", "←" })
        {
            data.Add(arrow, 22, 0, 1);     // the size of the corpus scans' arrows (10 pt print)
            data.Add(arrow, 22, 1.2, 2);
            data.Add(arrow, 40, 0, 3);     // a larger font
            data.Add(arrow, 40, -1.2, 4);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Arrows))]
    public void A_drawn_arrow_is_read_as_that_arrow(string arrow, double length, double tilt, int seed)
    {
        var stem = length * 0.11;
        var head = length * 0.4;
        var headLength = length * 0.32;
        var words = Read(Draw(ArrowShape(length, stem, head, headLength), arrow, tilt, seed), []);

        var word = words.Should().ContainSingle().Subject;
        word.Text.Should().Be(arrow);
        word.Confidence.Should().BeInRange(70, 80);
        word.Line.Should().BeGreaterThanOrEqualTo(2_000_000);
        ((word.Box.Left + word.Box.Right) / 2).Should().BeApproximately(Centre * Scale, 1.5);
        ((word.Box.Top + word.Box.Bottom) / 2).Should().BeApproximately(Centre * Scale, 1.5);
        Math.Max(word.Box.Width, word.Box.Height).Should().BeApproximately(length * Scale, 1.5);
    }

    public static TheoryData<string, double, int> NotArrows()
    {
        var data = new TheoryData<string, double, int>();
        foreach (var glyph in new[] { "1", "4", "t", "l", "T", "dot", "dash" })
        {
            data.Add(glyph, 0, 5);
            data.Add(glyph, 1.2, 6);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NotArrows))]
    public void A_digit_letter_or_mark_is_not_read_as_an_arrow(string glyph, double tilt, int seed)
    {
        Shape shape = glyph switch
        {
            "1" => One,
            "4" => Four,
            "t" => Tee,
            "l" => Ell,
            "T" => CapitalTee,
            "dot" => Dot,
            _ => Dash,
        };
        Read(Draw(shape, "↓", tilt, seed), []).Should().BeEmpty();
        // Nor is the same glyph, seen lying on its side, an arrow of the other axis.
        Read(Draw(shape, "→", tilt, seed), []).Should().BeEmpty();
    }

    [Theory]
    [InlineData(40, 0, 11)]
    [InlineData(44, 0, 15)]
    [InlineData(40, 1.2, 12)]
    [InlineData(44, -1.2, 13)]
    public void A_drawn_level_arrow_with_a_head_at_each_end_is_read_as_one(double length, double tilt, int seed)
    {
        var half = ArrowShape(length, length * 0.1, length * 0.36, length * 0.25);
        Shape both = (across, along) => half(across, along) || half(across, -along);

        Read(Draw(both, "→", tilt, seed), []).Should().ContainSingle().Which.Text.Should().Be("↔");
    }

    [Theory]
    [InlineData("↓", 38, 0, 21)]
    [InlineData("↑", 38, 1.2, 22)]
    [InlineData("→", 30, 0, 23)]
    [InlineData("←", 30, -1.2, 24)]
    [InlineData("↑", 32, 0, 25)]
    public void A_block_arrow_whose_stem_is_half_its_head_is_read_as_that_arrow(string arrow, double length, double tilt, int seed)
    {
        // Word's drawn upArrow (dot=shape in the randomised scans) and a small arrow picture: the stem half the
        // head's width, the head as long as half its width, widened further by the scan's blur.
        var head = length * 0.7;
        var words = Read(Draw(ArrowShape(length, head * 0.5, head, head * 0.5), arrow, tilt, seed), []);

        words.Should().ContainSingle().Which.Text.Should().Be(arrow);
    }

    [Fact]
    public void A_small_block_arrow_the_scan_blurred_is_read()
    {
        // An ↑ of seed 7171's West Lancashire scan: the stem 14 pixels, the head 23 (1.64 stems).
        Classify("""
            ..........###..........
            .........#####.........
            ........#######........
            .......#########.......
            ......###########......
            .....#############.....
            ....###############....
            ...#################...
            ..###################..
            .#####################.
            #######################
            #######################
            .#####################.
            ....###############....
            ....###############....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            ....##############.....
            .....#############.....
            """).Should().Be("↑");
    }

    public static TheoryData<string, double, double, int> Triangles()
    {
        var data = new TheoryData<string, double, double, int>();
        foreach (var triangle in new[] { "▼", "▲", "►", "◄" })
        {
            data.Add(triangle, 20, 0, 31);   // a 9 pt ▲ at 300 dpi
            data.Add(triangle, 20, 1.2, 32);
            data.Add(triangle, 16, 0, 33);   // a 7 pt one
            data.Add(triangle, 30, -1.2, 34);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Triangles))]
    public void A_solid_triangle_is_read_as_that_triangle(string triangle, double size, double tilt, int seed)
    {
        var direction = triangle switch { "▲" => "↑", "►" => "→", "◄" => "←", _ => "↓" };
        var words = Read(Draw(Triangle(size * 1.15, size), direction, tilt, seed), []);

        words.Should().ContainSingle().Which.Text.Should().Be(triangle);
    }

    [Fact]
    public void A_triangle_tesseract_read_as_a_capital_a_is_replaced_and_a_real_a_is_kept()
    {
        // Tandridge's ▲ column of the randomised scans came out of Tesseract as "A" with confidence 96.
        var box = new BoundingBox((Centre - 13) * Scale, (Centre - 12) * Scale, (Centre + 13) * Scale, (Centre + 12) * Scale);
        var read = Read(Draw(Triangle(23, 20), "↑", 0, 41), [new OcrWord("A", box, 96, 7)]);
        read.Should().ContainSingle().Which.Text.Should().Be("▲");

        var letter = new OcrWord("A", box, 96, 7);
        Read(Draw(CapitalA, "↓", 0, 42), [letter]).Should().Equal(letter);
        Read(Draw(CapitalA, "↓", 1.2, 43), []).Should().BeEmpty();
        Read(Draw(CapitalV, "↓", 0, 44), []).Should().BeEmpty();
        Read(Draw(Disc, "↓", 0, 45), []).Should().BeEmpty();
    }

    [Fact]
    public void A_triangle_tesseract_boxed_over_its_right_half_is_replaced()
    {
        // Seed 1919's Dumfries and Galloway key: the ▲ came out as "a", boxed over the triangle's right half only,
        // so the blob's centre lies outside the word's box.
        var half = new BoundingBox((Centre + 1) * Scale, (Centre - 9) * Scale, (Centre + 12) * Scale, (Centre + 10) * Scale);
        var read = Read(Draw(Triangle(23, 20), "↑", 0, 46), [new OcrWord("a", half, 86, 7)]);

        read.Should().ContainSingle().Which.Text.Should().Be("▲");
    }

    [Fact]
    public void An_arrow_run_into_the_word_after_it_is_split_off_and_the_word_keeps_its_letters()
    {
        // Seed 1919's Carmarthenshire key: "↓ the figure went down" read "$the figure went down", which describes no
        // down arrow. Three upright strokes stand in for the word's letters.
        Shape arrowThenWord = (across, along) => ArrowShape(22, 2.5, 9, 7)(across + 30, along)
            || Ell(across + 8, along + 4) || Ell(across - 2, along + 4) || Ell(across - 12, along + 4);
        var box = new BoundingBox((Centre - 36) * Scale, (Centre - 18) * Scale, (Centre + 14) * Scale, (Centre + 12) * Scale);
        var read = Read(Draw(arrowThenWord, "↓", 0, 47), [new OcrWord("$lll", box, 45, 7)]);

        read.Select(w => w.Text).Should().Equal("↓", "lll");
        read[0].Box.Right.Should().BeLessThan(read[1].Box.Left);
        read[1].Line.Should().Be(7, "the word stays on its line");
    }

    [Fact]
    public void A_word_that_begins_with_a_letter_or_whose_first_blob_is_no_arrow_is_left_whole()
    {
        Shape strokes = (across, along) => Ell(across + 30, along) || Ell(across + 8, along + 4) || Ell(across - 2, along + 4);
        var box = new BoundingBox((Centre - 36) * Scale, (Centre - 18) * Scale, (Centre + 14) * Scale, (Centre + 12) * Scale);
        var symbol = new OcrWord("$ll", box, 45, 7);
        Read(Draw(strokes, "↓", 0, 48), [symbol]).Should().Equal(symbol);

        Shape arrowThenWord = (across, along) => ArrowShape(22, 2.5, 9, 7)(across + 30, along) || Ell(across + 8, along + 4);
        var letters = new OcrWord("ill", box, 45, 7);
        Read(Draw(arrowThenWord, "↓", 0, 49), [letters]).Should().Equal(letters);
    }

    [Fact]
    public void A_left_and_a_right_triangle_side_by_side_are_one_level_mark()
    {
        Shape pair = (across, along) => Triangle(16, 14)(across, -(along + 9)) || Triangle(16, 14)(across, along - 9);

        Read(Draw(pair, "→", 0, 51), []).Should().ContainSingle().Which.Text.Should().Be("◄►");
    }

    [Fact]
    public void A_left_and_a_right_triangle_read_as_junk_are_one_level_mark_but_letters_are_kept()
    {
        // Seed 3535's Barnet key: "◄► no change" read "<» no change", the word boxed over both triangles.
        Shape pair = (across, along) => Triangle(16, 14)(across, -(along + 9)) || Triangle(16, 14)(across, along - 9);
        var box = new BoundingBox((Centre - 18) * Scale, (Centre - 8) * Scale, (Centre + 18) * Scale, (Centre + 8) * Scale);

        Read(Draw(pair, "→", 0, 53), [new OcrWord("<»", box, 44, 7)]).Should().ContainSingle().Which.Text.Should().Be("◄►");
        var letters = new OcrWord("4>", box, 44, 7);
        Read(Draw(pair, "→", 0, 54), [letters]).Should().Equal(letters);
    }

    [Fact]
    public void A_left_and_a_right_triangle_printed_touching_are_one_level_mark()
    {
        // DejaVu's ◄► in seed 7171's Tandridge key: the two triangles meet at their bases, one blob 56 px by 19.
        Shape joined = (across, along) => Triangle(19, 28)(across, -along - 14) || Triangle(19, 28)(across, along - 14);

        Read(Draw(joined, "→", 0, 52), []).Should().ContainSingle().Which.Text.Should().Be("◄►");
    }

    [Theory]
    [InlineData("↓", 0, 61)]
    [InlineData("↑", 1.2, 62)]
    [InlineData("→", 0, 63)]
    [InlineData("←", -1.2, 64)]
    public void A_square_arrow_picture_whose_head_is_as_wide_as_the_arrow_is_long_is_read_as_that_arrow(string arrow, double tilt, int seed)
    {
        // The randomiser's 14 px arrow picture as seed 7171's Luton scan shows it: 40 px long, the head 40 px wide
        // and 17 long, the stem 14 px wide.
        Read(Draw(ArrowShape(40, 14, 40, 17), arrow, tilt, seed), []).Should().ContainSingle().Which.Text.Should().Be(arrow);
    }

    [Fact]
    public void A_lone_arrow_tesseract_read_as_a_digit_is_replaced_and_a_real_digit_is_kept()
    {
        var arrowWord = new OcrWord("4", new BoundingBox((Centre - 5) * Scale, (Centre - 11) * Scale, (Centre + 5) * Scale, (Centre + 11) * Scale), 45, 7);
        var read = Read(Draw(ArrowShape(22, 2.5, 9, 7), "↓", 0, 7), [arrowWord]);
        read.Should().ContainSingle().Which.Text.Should().Be("↓");
        read[0].Line.Should().NotBe(7, "the arrow is a line of its own");

        var fourWord = new OcrWord("4", new BoundingBox((Centre - 9) * Scale, (Centre - 14) * Scale, (Centre + 9) * Scale, (Centre + 14) * Scale), 90, 7);
        Read(Draw(Four, "↓", 0, 8), [fourWord]).Should().Equal(fourWord);
        var teeWord = fourWord with { Text = "t" };
        Read(Draw(Tee, "↓", 0, 9), [teeWord]).Should().Equal(teeWord);
    }

    [Fact]
    public void An_arrow_inside_a_longer_word_is_left_to_that_word()
    {
        var word = new OcrWord("Es1", new BoundingBox((Centre - 20) * Scale, (Centre - 12) * Scale, (Centre + 20) * Scale, (Centre + 12) * Scale), 40, 3);
        Read(Draw(ArrowShape(22, 2.5, 9, 7), "↓", 0, 10), [word]).Should().Equal(word);
    }

    [Fact]
    public void Glyphs_as_the_scans_printed_them_are_told_apart()
    {
        // A ↓ of the Harrow scan, a ↑ of the Havering scan whose stem moves a pixel along its length, and
        // a bold "t" and "f" of the Harrow scan's headings, which an earlier version read as ↑.
        Classify("""
            ....#....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ...##....
            ##.###...
            #########
            ########.
            .######..
            ..####...
            ...###...
            """).Should().Be("↓");
        Classify("""
            ....#...
            ..####..
            .#####..
            .######.
            ########
            ########
            ...##...
            ...##...
            ...##...
            ...##...
            ...##...
            ...##...
            ...##...
            ....##..
            ....##..
            ....##..
            ....##..
            ....##..
            ...###..
            ...###..
            ...###..
            ....##..
            """).Should().Be("↑");
        Classify("""
            ...###....
            ..####....
            ..####....
            .#####....
            #########.
            ##########
            #########.
            .######...
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..######..
            ..#######.
            ...######.
            ....####..
            """).Should().BeNull();
        Classify("""
            .....####.
            ....######
            ...#######
            ...######.
            ..#####...
            ..#####...
            ..#####...
            #########.
            ##########
            ##########
            .#########
            ..#####...
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ..####....
            ...###....
            """).Should().BeNull();
    }

    private static IReadOnlyList<OcrWord> Read(RasterImage image, IReadOnlyList<OcrWord> words) =>
        OcrArrowShapes.Apply(OcrImage.Prepare(image, []), image.Width, image.Height, words, Scale);

    [Fact]
    public void A_thin_level_arrow_whose_heads_take_half_its_length_is_read()
    {
        // A "↔" of seed 1919's Havering scan (DejaVu Sans, 300 dpi): 31 pixels long, each head 8 of them.
        Classify("""
            .......###...........###.......
            ......####..........#####......
            .....#####..........######.....
            ....######...........######....
            ...######.............######...
            ..#######.............#######..
            .#############################.
            .##############################
            ###############################
            .#############################.
            ..#######.............#######..
            ..#######.............######...
            ...#######...........######....
            ....#######.........######.....
            .....######.........#####......
            ......####...........###.......
            ........#......................
            """).Should().Be("↔");
    }

    [Fact]
    public void A_triangle_whose_base_row_a_painted_out_rule_left_in_pieces_is_read()
    {
        // Seed 2121's Rotherham (300 dpi): a ▼ and a ▲ standing on a row rule, what the painted-out rule left beside
        // their bases broken up. Read as nothing, the ▼'s row lost its trend and the second look took the ▲ for "A".
        Triangle("""
            .############...........#..
            ###########################
            ###########################
            .##########################
            .#########################.
            ..########################.
            ..#######################..
            ...######################..
            ....####################...
            ....####################...
            .....##################....
            .....##################....
            ......################.....
            ......################.....
            .......##############......
            .......##############......
            ........#############......
            ........############.......
            .........###########.......
            .........##########........
            ..........#########........
            ..........########.........
            ...........#######.........
            ...........######..........
            ............#####..........
            .............###...........
            .............###...........
            """).Should().Be("▼");
        Triangle("""
            ............#..............
            ...........###.............
            ..........#####............
            ..........#####............
            .........#######...........
            .........#######...........
            ........#########..........
            ........##########.........
            .......###########.........
            .......############........
            ......#############........
            ......##############.......
            .....###############.......
            .....################......
            .....################......
            ....##################.....
            ....##################.....
            ...####################....
            ...####################....
            ..######################...
            ..######################...
            .########################..
            .########################..
            ##########################.
            ###########################
            ###########################
            ..##.......###############.
            """).Should().Be("▲");
    }

    [Fact]
    public void A_word_read_from_a_cell_side_and_the_arrow_beside_it_is_that_arrow_and_a_word_with_a_disc_is_kept()
    {
        // Seed 2121's Harrow: the side of a column of status fills, left on the picture, read with the "↓" beside it as "14".
        var image = RasterImage.Blank(240, 80);
        foreach (var (from, to) in new[] { (0, 6), (8, 52), (54, 80) })   // the side, through the rows above and below
            for (var y = from; y < to; y++)
            for (var x = 60; x < 64; x++) image.Set(x, y, 40, 40, 40);
        for (var y = 12; y <= 46; y++)
        {
            var half = y < 34 ? 4 : (int)Math.Round(12.0 * (46 - y) / 12);
            for (var x = 100 - half; x <= 100 + half; x++) image.Set(x, y, 60, 60, 60);
        }
        for (var y = 8; y < 52; y++)
        for (var x = 150; x < 154; x++) image.Set(x, y, 40, 40, 40);
        for (var y = 18; y <= 42; y++)
        for (var x = 168; x <= 192; x++)
            if ((x - 180) * (x - 180) + (y - 30) * (y - 30) <= 144) image.Set(x, y, 40, 40, 40);
        var box = new BoundingBox(60 * Scale, 8 * Scale, 113 * Scale, 52 * Scale);
        var disc = new BoundingBox(150 * Scale, 8 * Scale, 193 * Scale, 52 * Scale);

        var read = Read(image, [new OcrWord("14", box, 43, 1), new OcrWord("|e", disc, 43, 2)]);

        read.Select(w => w.Text).Should().Equal("↓", "|e");
        read[0].Box.Left.Should().BeGreaterThan(80 * Scale, "the arrow is boxed alone");
    }

    private static string? Triangle(string picture) => OcrTriangleShapes.Classify(Mask(picture), new ScanShapeRules());

    private static bool[,] Mask(string picture)
    {
        var rows = picture.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var mask = new bool[rows.Length, rows[0].Length];
        for (var y = 0; y < rows.Length; y++)
        for (var x = 0; x < rows[y].Length; x++)
            mask[y, x] = rows[y][x] == '#';
        return mask;
    }

    /// <summary>
    /// Glyph arrows of 9-point Liberation Sans scanned at 162 dpi and drawn at 300 (seed 3535's Harrow): a one-pixel
    /// stem blurred and faint, a head of 7 or 8 pixels whose point is lost (its last row 4 wide), the stem a pixel off
    /// the head's middle. Tesseract read them "t", "1" or nothing, and the trend column was empty.
    /// </summary>
    [Fact]
    public void Small_glyph_arrows_with_blunt_points_are_read()
    {
        Classify("""
            ...##...
            ..####..
            .######.
            .######.
            ########
            .######.
            ..####..
            ..###...
            ..##....
            ..##....
            ..##....
            ..##....
            ..##....
            ..##....
            ...#....
            ...#....
            ...#....
            ...#....
            """).Should().Be("↑");
        Classify("""
            ..####.
            .######
            .######
            #######
            .######
            ..####.
            ...##..
            ...#...
            ...##..
            ...##..
            ...##..
            ...##..
            ...##..
            ...##..
            ...##..
            ...##..
            ...##..
            """).Should().Be("↑");
        Classify("""
            ..##...
            .####..
            ######.
            #######
            #######
            ######.
            .####..
            ..###..
            ...#...
            ..###..
            ..###..
            ..###..
            ..###..
            ..###..
            ..###..
            ..###..
            ..###..
            ..###..
            """).Should().Be("↑");
    }

    private static string? Classify(string picture)
    {
        var rows = picture.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var mask = new bool[rows.Length, rows[0].Length];
        for (var y = 0; y < rows.Length; y++)
        for (var x = 0; x < rows[y].Length; x++)
            mask[y, x] = rows[y][x] == '#';
        return OcrArrowShapes.Classify(mask);
    }

    /// <summary>A ↓: a stem, and a solid triangle of a head whose point is at the bottom.</summary>
    private static Shape ArrowShape(double length, double stem, double head, double headLength) => (across, along) =>
    {
        var back = length / 2 - headLength;
        if (along >= -length / 2 && along <= back + 0.5 && Math.Abs(across) <= stem / 2) return true;
        return along >= back && along <= length / 2 && Math.Abs(across) <= head / 2 * (length / 2 - along) / headLength;
    };

    /// <summary>A solid ▼: its base across the top, its point at the bottom.</summary>
    private static Shape Triangle(double width, double length) => (across, along) =>
        along >= -length / 2 && along <= length / 2 && Math.Abs(across) <= width / 2 * (length / 2 - along) / length;

    /// <summary>A bold "A" upside down (drawn as a ▼ would be): two legs apart at the base, a crossbar, 28 px tall.</summary>
    private static bool CapitalA(double across, double along) =>
        Segment(across, along, -10, -14, 0, 14, 4.5) || Segment(across, along, 10, -14, 0, 14, 4.5)
        || Math.Abs(along + 2) <= 2 && Math.Abs(across) <= 6;

    /// <summary>A bold "V": two strokes meeting at the point.</summary>
    private static bool CapitalV(double across, double along) =>
        Segment(across, along, -10, -14, 0, 14, 4.5) || Segment(across, along, 10, -14, 0, 14, 4.5);

    private static bool Disc(double across, double along) => across * across + along * along <= 11 * 11;

    /// <summary>A "1" with a flag and a foot serif, 28 px tall.</summary>
    private static bool One(double across, double along) =>
        Math.Abs(across - 1) <= 1.8 && Math.Abs(along) <= 14
        || Segment(across, along, 1, -13, -5, -7, 3.2)
        || Math.Abs(across - 1) <= 5.5 && along >= 11 && along <= 14;

    /// <summary>A "4": a stem right of centre, a diagonal from its top, a bar across at seven tenths of the height.</summary>
    private static bool Four(double across, double along) =>
        Math.Abs(across - 3) <= 1.8 && Math.Abs(along) <= 14
        || Segment(across, along, 3, -14, -8, 5.6, 3.2)
        || across >= -8 && across <= 7 && Math.Abs(along - 5.6) <= 1.8;

    /// <summary>A "t": a stem with a crossbar near its top and a hook to the right at its foot.</summary>
    private static bool Tee(double across, double along) =>
        Math.Abs(across) <= 1.8 && along >= -13 && along <= 11
        || across >= -5 && across <= 5.5 && along >= -6 && along <= -2.5
        || Segment(across, along, 0, 11, 5, 13, 3.2);

    private static bool Ell(double across, double along) => Math.Abs(across) <= 1.8 && Math.Abs(along) <= 14;

    private static bool CapitalTee(double across, double along) =>
        Math.Abs(across) <= 1.8 && Math.Abs(along) <= 14 || Math.Abs(across) <= 9 && along >= -14 && along <= -10.5;

    private static bool Dot(double across, double along) => across * across + along * along <= 3.5 * 3.5;

    private static bool Dash(double across, double along) => Math.Abs(across) <= 8 && Math.Abs(along) <= 1.6;

    private static bool Segment(double x, double y, double x1, double y1, double x2, double y2, double thickness)
    {
        var (dx, dy) = (x2 - x1, y2 - y1);
        var t = Math.Clamp(((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy), 0, 1);
        var (px, py) = (x1 + t * dx - x, y1 + t * dy - y);
        return px * px + py * py <= thickness * thickness / 4;
    }

    /// <summary>
    /// The shape drawn at the picture's centre turned to point as <paramref name="direction"/> says (a ↓ is
    /// as drawn), tilted by <paramref name="tilt"/> degrees, with edges sampled 4×4 a pixel, blurred and noisy.
    /// </summary>
    private static RasterImage Draw(Shape shape, string direction, double tilt, int seed)
    {
        var (cos, sin) = (Math.Cos(tilt * Math.PI / 180), Math.Sin(tilt * Math.PI / 180));
        var cover = new double[Size, Size];
        for (var y = 0; y < Size; y++)
        for (var x = 0; x < Size; x++)
        {
            var hits = 0;
            for (var sy = 0; sy < 4; sy++)
            for (var sx = 0; sx < 4; sx++)
            {
                var dx = x + (sx + 0.5) / 4 - Centre;
                var dy = y + (sy + 0.5) / 4 - Centre;
                (dx, dy) = (dx * cos + dy * sin, -dx * sin + dy * cos);
                var (across, along) = direction switch
                {
                    "↑" => (-dx, -dy),
                    "→" => (dy, dx),
                    "←" => (-dy, -dx),
                    _ => (dx, dy),
                };
                if (shape(across, along)) hits++;
            }
            cover[y, x] = hits / 16.0;
        }
        var random = new Random(seed);
        var image = RasterImage.Blank(Size, Size);
        for (var y = 1; y < Size - 1; y++)
        for (var x = 1; x < Size - 1; x++)
        {
            // A scanner's blur: each pixel takes some of its neighbours' ink.
            var blurred = (4 * cover[y, x] + cover[y - 1, x] + cover[y + 1, x] + cover[y, x - 1] + cover[y, x + 1]) / 8;
            var luma = (int)Math.Round(250 - 230 * blurred + random.Next(-12, 13));
            var v = (byte)Math.Clamp(luma, 0, 255);
            image.Set(x, y, v, v, v);
        }
        return image;
    }
}
