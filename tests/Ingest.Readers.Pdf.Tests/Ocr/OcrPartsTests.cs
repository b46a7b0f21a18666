using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>The pieces of the OCR path that need no Tesseract: its TSV, words as glyphs, pictures.</summary>
public sealed class OcrPartsTests
{
    // Tesseract 5 TSV for the top of the Havering Q2 2017/18 page, at 300 dpi.
    private const string Tsv = """
        level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
        1	1	0	0	0	0	0	0	3508	2481	-1	
        4	1	1	1	1	0	154	83	473	35	-1	
        5	1	1	1	1	1	154	83	119	27	96.338928	London
        5	1	1	1	1	2	289	83	136	35	96.344429	Borough
        5	1	1	1	1	3	440	83	30	27	96.186264	of
        5	1	1	1	1	4	483	83	144	35	96.163254	Havering
        5	1	1	1	2	1	153	216	139	48	92.899071	O&S
        5	1	1	1	2	2	317	215	184	49	-1	 
        """;

    [Fact]
    public void Tsv_words_keep_their_line_confidence_and_box_in_points()
    {
        var words = TesseractTsv.Parse(Tsv.Replace("\r", ""), 72.0 / 300);
        words.Select(w => w.Text).Should().Equal("London", "Borough", "of", "Havering", "O&S");
        words.Take(4).Select(w => w.Line).Distinct().Should().ContainSingle();
        words[4].Line.Should().NotBe(words[0].Line);
        words[0].Confidence.Should().BeApproximately(96.34, 0.01);
        words[0].Box.Left.Should().BeApproximately(154 * 0.24, 1e-9);
        words[0].Box.Right.Should().BeApproximately(273 * 0.24, 1e-9);
    }

    [Fact]
    public void Ocr_words_become_glyphs_on_one_baseline_with_spaces_between_words()
    {
        var words = TesseractTsv.Parse(Tsv.Replace("\r", ""), 72.0 / 300);
        var page = OcrPageContent.ToPage(new OcrPage(1, 841.89, 595.3, words, [], [], 0));
        var text = string.Concat(page.Glyphs.Select(g => g.Text));
        text.Should().StartWith("London Borough of Havering O&S");
        page.Glyphs.Where(g => g.Text != " ").Take(19).Select(g => g.Y).Distinct().Should().ContainSingle("a line shares its baseline");
        page.ImageCount.Should().Be(1);
    }

    [Fact]
    public void A_word_whose_box_overlaps_the_next_ends_with_its_space_before_the_next_begins()
    {
        // Seed 2525's Braintree: Tesseract boxed "days" to 128.4 and "to" from 127.9, and the row read "dayst o".
        OcrWord[] words = [new("days", new BoundingBox(112.06, 205.40, 128.38, 212.36), 96, 34), new("to", new BoundingBox(127.90, 204.44, 133.17, 213.80), 96, 34)];

        var page = OcrPageContent.ToPage(new OcrPage(1, 841.89, 595.3, words, [], [], 0));

        string.Concat(page.Glyphs.OrderBy(g => g.X).Select(g => g.Text)).Should().Be("days to ");
    }

    [Fact]
    public void Ruling_lines_are_found_in_a_picture_and_letters_are_not()
    {
        var image = RasterImage.Blank(600, 400);
        for (var x = 50; x < 550; x++) Ink(image, x, 100, 2);             // a rule 500 px long, 2 thick
        for (var y = 100; y < 350; y++) Ink(image, 300, y, 1, vertical: true);
        for (var y = 200; y < 230; y++) Ink(image, 100, y, 4, vertical: true); // a letter's stem, 30 px
        var rules = ImageRules.Find(image, 48);
        rules.Should().HaveCount(2);
        rules.Should().ContainSingle(r => r.Horizontal && r.Start == 50 && r.End == 549);
        rules.Should().ContainSingle(r => !r.Horizontal && Math.Abs(r.Across - 300) < 1);
    }

    [Fact]
    public void A_rule_broken_by_a_step_is_one_rule_and_a_gap_of_paper_parts_two()
    {
        var image = RasterImage.Blank(700, 300);
        // Under a row, a rule whose middle steps two rows down where a glyph touches it (seed 7171's Luton): the step is
        // too short to be a rule of its own.
        for (var x = 20; x < 330; x++) Ink(image, x, 100, 2);
        for (var x = 330; x < 370; x++) Ink(image, x, 102, 2);
        for (var x = 370; x < 680; x++) Ink(image, x, 100, 2);
        // The underlines of two column groups, with paper between them.
        for (var x = 20; x < 330; x++) Ink(image, x, 200, 2);
        for (var x = 370; x < 680; x++) Ink(image, x, 200, 2);

        var rules = ImageRules.Find(image, 48, 90);

        rules.Where(r => r.Horizontal && Math.Abs(r.Across - 100.5) < 3).Should().ContainSingle()
            .Which.Should().Match<PixelRule>(r => r.Start == 20 && r.End == 679);
        rules.Where(r => r.Horizontal && Math.Abs(r.Across - 200.5) < 3).Should().HaveCount(2);
    }

    [Fact]
    public void A_skewed_picture_is_measured_and_straightened()
    {
        var image = RasterImage.Blank(800, 600);
        var slope = Math.Tan(0.8 * Math.PI / 180);
        foreach (var baseY in new[] { 100, 200, 300, 400, 500 })
            for (var x = 50; x < 750; x++)
                Ink(image, x, (int)Math.Round(baseY + (x - 400) * slope), 3);
        var angle = Deskew.FindAngle(image);
        angle.Should().BeApproximately(0.8, 0.1);
        var straight = Deskew.Rotate(image, angle);
        Deskew.FindAngle(straight).Should().BeApproximately(0, 0.1);
    }

    [Fact]
    public void A_lone_arrow_sits_on_its_rows_baseline_no_larger_than_the_text_beside_it()
    {
        // Rows of one line, 10 points apart, with a 9 point arrow read from its shape in the DoT column.
        var words = Enumerable.Range(0, 6).Select(i => new OcrWord("Office", new BoundingBox(40, 100 + 10 * i, 70, 106.5 + 10 * i), 96, i))
            .Append(new OcrWord("↑", new BoundingBox(300, 99, 305, 108), 75, 2_000_001)).ToList();

        var page = OcrPageContent.ToPage(new OcrPage(1, 841.89, 595.3, words, [], [], 0));

        var text = page.Glyphs.First(g => g.Text == "O").Size;
        var arrow = page.Glyphs.Single(g => g.Text == "↑");
        arrow.Size.Should().BeLessThanOrEqualTo(text);
        arrow.Y.Should().Be(page.Glyphs.First(g => g.Text == "O").Y, "a digital page prints the arrow on its row's baseline");
    }

    [Fact]
    public void A_red_cell_is_a_fill_and_grey_text_is_not()
    {
        var image = RasterImage.Blank(400, 200);
        for (var y = 40; y < 100; y++)
        for (var x = 40; x < 200; x++)
            image.Set(x, y, 255, 0, 0);
        for (var x = 250; x < 350; x++) Ink(image, x, 150, 6);
        var fills = ImageFills.Find(image, 1.0);
        fills.Should().ContainSingle();
        fills[0].Colour.Should().Be("FF0000");
        fills[0].Box.Left.Should().BeApproximately(40, 4);
        fills[0].Box.Bottom.Should().BeApproximately(100, 4);
    }

    [Fact]
    public void A_fill_its_text_cut_into_overlapping_pieces_is_one_and_cells_of_one_colour_side_by_side_stay_two()
    {
        var image = RasterImage.Blank(500, 300);
        // A pale blue-grey title cell (a KPI box's, D5DCE4) whose text rings part of its shading round: that part is a
        // piece of its own, inside the rest's box.
        for (var y = 20; y < 80; y++)
        for (var x = 20; x < 300; x++) image.Set(x, y, 0xD5, 0xDC, 0xE4);
        for (var y = 32; y < 72; y++)
        for (var x = 40; x < 200; x++)
            if (y < 36 || y >= 68 || x < 44 || x >= 196) image.Set(x, y, 20, 20, 20);
        // Two green status cells, one above the other, a rule between them.
        for (var y = 150; y < 250; y++)
        for (var x = 320; x < 420; x++)
            if (y != 199 && y != 200) image.Set(x, y, 0, 176, 80);

        var fills = ImageFills.Find(image, 1.0);

        fills.Where(f => f.Colour!.StartsWith('D')).Should().ContainSingle()
            .Which.Box.Should().Match<BoundingBox>(b => b.Left <= 24 && b.Right >= 296);
        fills.Where(f => f.Colour!.StartsWith("0", StringComparison.Ordinal)).Should().HaveCount(2);
    }

    [Fact]
    public void Pnm_pictures_round_trip_as_mutool_and_tesseract_write_and_read_them()
    {
        using var stream = new MemoryStream();
        RasterImage.WritePgm(stream, 3, 2, [0, 128, 255, 255, 128, 0]);
        stream.Position = 0;
        var image = RasterImage.ReadPnm(stream);
        (image.Width, image.Height).Should().Be((3, 2));
        image.Luma(1, 0).Should().Be(128);
        image.Luma(2, 1).Should().Be(0);
    }

    private static void Ink(RasterImage image, int x, int y, int thickness, bool vertical = false)
    {
        for (var t = 0; t < thickness; t++)
        {
            var (px, py) = vertical ? (x + t, y) : (x, y + t);
            if (px < image.Width && py < image.Height && px >= 0 && py >= 0) image.Set(px, py, 0, 0, 0);
        }
    }
}
