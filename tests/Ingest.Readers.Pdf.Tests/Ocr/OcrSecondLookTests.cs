using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// The second look at ink the first reading left unread (<see cref="OcrUnreadInk"/>, <see cref="OcrMosaic"/>,
/// <see cref="OcrSecondLook"/>): which places are read again, and how their words come back on the page.
/// </summary>
public sealed class OcrSecondLookTests
{
    private const int Width = 600;
    private const int Height = 300;
    private const double Scale = GreyPage.Scale;

    [Fact]
    public void Ink_no_word_covers_is_read_again_and_ink_of_a_word_is_not()
    {
        var page = new GreyPage(Width, Height);
        var grey = page.Pixels;
        var status = page.Blot(400, 100, 22, 28);          // a lone "R" the first reading dropped
        var read = page.Blot(100, 100, 80, 28);            // "Target", read
        var accent = page.Blot(183, 104, 8, 20);           // ink just beside "Target": part of it
        var words = new List<OcrWord> { new("Target", read, 96, 1) };

        var regions = OcrUnreadInk.Find(grey, Width, Height, words, Scale);

        regions.Should().ContainSingle().Which.Box.Should().Match<BoundingBox>(b => b.ContainsCentreOf(status));
        accent.Should().NotBeNull();
    }

    [Fact]
    public void A_word_whose_letters_blur_ran_together_is_read_again_and_a_bar_a_stub_or_a_chart_line_is_not()
    {
        // Seed 8282's Thanet: a bold "Performance" header, its letters run into one blob of 45 points by the scan's
        // blur, was longer than any letter and never read again; its column had no header.
        var page = new GreyPage(Width, Height);
        for (var x = 100; x < 290; x += 9) page.Blot(x, 40, 4, 26);     // letters' stems...
        var word = page.Blot(100, 63, 190, 3);                           // ...joined at their feet
        var bar = page.Blot(100, 140, 190, 26);                          // a chart's bar
        var stub = page.Blot(100, 220, 190, 4);                          // a rule's stub
        for (var x = 330; x < 520; x++) page.Blot(x, 40 + (x - 330) * 26 / 190, 1, 3);   // a chart's thin line

        var regions = OcrUnreadInk.Find(page.Pixels, Width, Height, [], Scale);

        regions.Should().ContainSingle().Which.Box.Bottom.Should().BeApproximately(word.Bottom, 0.5);
        (bar, stub).Should().NotBeNull();
    }

    [Fact]
    public void A_thin_upright_line_beside_an_unread_word_is_no_part_of_it()
    {
        // Seed 8282's Tamworth: the edge of a KPI box's title band, left beside the box's "GREEN", joined the word
        // with the arrow under it into one place, which the rule for ink touching a read word then dropped.
        var page = new GreyPage(Width, Height);
        var word = page.Blot(100, 40, 22, 28);
        for (var x = 126; x < 200; x += 26) word = word.Union(page.Blot(x, 40, 22, 28));
        page.Blot(92, 30, 4, 90);                                            // the band's edge, 22 points tall
        var arrow = new OcrWord("▼", page.Blot(104, 90, 22, 22), 75, 2);   // read already, under the word

        var regions = OcrUnreadInk.Find(page.Pixels, Width, Height, [arrow], Scale);

        regions.Should().ContainSingle().Which.Box.Should().Be(word);
    }

    [Fact]
    public void A_quarters_lost_q_read_again_as_ql_is_repaired_before_it_is_weighed()
    {
        // Seed 8282's Harrow: "Q1" was first read "1"; read again with the "Q" beside it, it came back "Ql", which holds
        // no "1", so it was thrown away and the column "1 2025/26" had no period.
        var one = new OcrWord("1", new BoundingBox(348, 121, 353, 128), 95, 3);
        var place = new UnreadRegion(new BoundingBox(340, 121, 353, 129), one);
        var again = new OcrWord("Ql", new BoundingBox(340.3, 121.4, 352.3, 129.4), 80.7, 0);
        var repairs = new OcrWordRepairs(ScanRules.Load(RealRules.Directory).WordRepairs);

        OcrSecondLook.Merge([one], [(place, again)]).Single().Text.Should().Be("1", "unrepaired, the reading is not the number's");
        OcrSecondLook.Merge([one], [(place, again)], repairs: repairs).Single().Text.Should().Be("Q1");
    }

    [Fact]
    public void The_second_line_of_a_wrapped_word_read_already_is_not_added_twice()
    {
        // "Polar" / "ity" in a narrow header cell, read once as "Polarity" boxed on its first line.
        var first = new OcrWord("Polarity", new BoundingBox(195.4, 602.9, 217.2, 609.6), 96, 39);
        var below = new UnreadRegion(new BoundingBox(201.4, 613.7, 211.4, 620.9));
        var elsewhere = new UnreadRegion(new BoundingBox(201.4, 640, 211.4, 647));

        var merged = OcrSecondLook.Merge([first], [(below, new OcrWord("ity", below.Box, 96, 0)), (elsewhere, new OcrWord("ity", elsewhere.Box, 96, 1))]);

        merged.Select(w => w.Box.Top).Should().Equal(602.9, 640);
    }

    [Fact]
    public void A_wrapped_line_read_already_with_its_rn_read_as_m_is_not_added_twice()
    {
        // Seed 1919's Adur: "Outt" / "urn" read as "Outturn" on its first line; the second look read "urn" as "um".
        var first = new OcrWord("Outturn", new BoundingBox(324.6, 160.7, 349.3, 168.7), 91, 7);
        var below = new UnreadRegion(new BoundingBox(327.0, 174.7, 346.7, 180.2));
        var elsewhere = new UnreadRegion(new BoundingBox(327.0, 240, 346.7, 246));

        var merged = OcrSecondLook.Merge([first], [(below, new OcrWord("um", below.Box, 82, 0)), (elsewhere, new OcrWord("um", elsewhere.Box, 82, 1))]);

        merged.Select(w => w.Box.Top).Should().Equal(160.7, 240);
    }

    [Fact]
    public void A_letter_cut_from_a_pale_shaded_cell_stands_on_white_in_the_mosaic()
    {
        // Seed 2121's Rotherham: the "T" of a "DoT" header wrapped "Do" / "T", in a cell shaded too pale to be painted
        // out, was read "a" at confidence 8 on its grey tile, and the trend column lost its name.
        var page = new GreyPage(Width, Height);
        for (var y = 40; y < 120; y++)
        for (var x = 380; x < 460; x++)
            page.Pixels[y * Width + x] = (byte)(228 + (x + y) % 5);
        var letter = new UnreadRegion(page.Blot(400, 50, 22, 28));
        page.Pixels[48 * Width + 398] = 150;

        var mosaic = OcrMosaic.Build(page.Pixels, Width, Height, [letter], Scale, paper: new ScanRules().Passes.SecondLookPaper);

        mosaic.Grey.Where(p => p is > 150 and < 255).Should().BeEmpty("the shading is paper");
        mosaic.Grey.Count(p => p == 30).Should().Be(22 * 28, "the letter keeps its ink");
        mosaic.Grey.Should().Contain(150, "grey ink, a stroke's blurred edge, is kept");
    }

    [Fact]
    public void Words_read_on_the_mosaic_go_back_to_their_place_on_the_page()
    {
        var page = new GreyPage(Width, Height);
        var grey = page.Pixels;
        var first = new UnreadRegion(page.Blot(400, 50, 22, 28));
        var second = new UnreadRegion(page.Blot(100, 200, 40, 28));
        var mosaic = OcrMosaic.Build(grey, Width, Height, [first, second], Scale);
        mosaic.Width.Should().BeLessThan(Width);

        // Find each region's ink on the mosaic, as Tesseract would box it.
        var inMosaic = InkRows(mosaic).ToList();
        inMosaic.Should().HaveCount(2);
        var words = inMosaic.Select((rows, i) => new OcrWord(i == 0 ? "R" : "12", new BoundingBox(rows.Left, rows.Top, rows.Right + 1, rows.Bottom + 1), 90, 1))
            .ToList();

        var back = mosaic.BackOnPage(words, Scale);

        back.Select(b => b.Region).Should().Equal(first, second);
        back[0].Word.Box.Left.Should().BeApproximately(first.Box.Left, 0.5);
        back[0].Word.Box.Top.Should().BeApproximately(first.Box.Top, 0.5);
        back[1].Word.Box.Right.Should().BeApproximately(second.Box.Right, 0.5);
        back[1].Word.Box.Bottom.Should().BeApproximately(second.Box.Bottom, 0.5);
    }

    [Fact]
    public void A_number_read_again_with_the_digit_beside_it_takes_the_digit_but_not_a_letter()
    {
        // The Havering scan's "95%" target read "5%", its "9" left unread beside it.
        var five = new OcrWord("5%", new BoundingBox(307, 249, 320, 255), 93, 1);
        var zero = new OcrWord("0%", new BoundingBox(307, 269, 320, 275), 93, 2);
        var withNine = new UnreadRegion(new BoundingBox(302, 249, 320, 255), five);
        var withLetter = new UnreadRegion(new BoundingBox(302, 269, 320, 275), zero);

        var merged = OcrSecondLook.Merge([five, zero],
            [(withNine, new OcrWord("95%", withNine.Box, 91, 0)), (withLetter, new OcrWord("a0%", withLetter.Box, 91, 1))]);

        merged.Select(w => w.Text).Should().Equal("95%", "0%");
        merged[0].Box.Left.Should().Be(302);
    }

    [Fact]
    public void A_quarter_read_without_its_q_gets_it_back_but_a_number_takes_no_letter()
    {
        // Seed 2121's Walsall: the header "Actual Q3 - 2023/24" wrapped, its "Q3 -" read "3-", the "Q" left unread;
        // read again with it, it came back as two words, "Q3" and "-".
        var quarter = new OcrWord("3-", new BoundingBox(462.2, 192.2, 475.9, 200.1), 92, 20);
        var figure = new OcrWord("12", new BoundingBox(462.2, 292.2, 475.9, 300.1), 92, 40);
        var withQ = new UnreadRegion(new BoundingBox(453.5, 192.2, 475.9, 201.6), quarter);
        var withLetter = new UnreadRegion(new BoundingBox(453.5, 292.2, 475.9, 301.6), figure);

        var merged = OcrSecondLook.Merge([quarter, figure],
        [
            (withQ, new OcrWord("Q3", new BoundingBox(453.5, 192.2, 468, 201.6), 87, 3)),
            (withQ, new OcrWord("-", new BoundingBox(470, 192.2, 475.9, 201.6), 87, 3)),
            (withLetter, new OcrWord("Q12", withLetter.Box, 91, 4)),
        ]);

        merged.Select(w => w.Text).Should().Equal("Q3-", "12");
        merged[0].Box.Left.Should().Be(453.5);
    }

    [Fact]
    public void The_last_letter_of_a_word_wrapped_in_a_header_cell_is_added_under_its_word()
    {
        // Seed 7171's North East Lincolnshire: "Outtur" / "n" in a narrow header cell, the "n" dropped by the first
        // reading; a "t" read for a heavy arrow a row further down, and one beside the word, are shapes still.
        var word = new OcrWord("Outtur", new BoundingBox(401.2, 130.8, 427.2, 136.8), 92, 9);
        var tail = new UnreadRegion(new BoundingBox(412.0, 142.0, 416.5, 146.6));
        var arrow = new UnreadRegion(new BoundingBox(412, 160, 416, 169));
        var beside = new UnreadRegion(new BoundingBox(440, 131, 444, 136.8));

        var merged = OcrSecondLook.Merge([word],
            [(tail, new OcrWord("n", tail.Box, 90, 0)), (arrow, new OcrWord("t", arrow.Box, 90, 1)), (beside, new OcrWord("t", beside.Box, 90, 2))]);

        merged.Select(w => w.Text).Should().Equal("Outtur", "n");
    }

    [Fact]
    public void A_wrapped_words_tail_read_with_letters_of_the_line_above_keeps_only_its_own()
    {
        // Seed 7171's Manchester: "Outtur" / "n", the "n" read again on the mosaic as "urn".
        var word = new OcrWord("Outtur", new BoundingBox(421.8, 132.2, 443.0, 138.7), 63, 10);
        var tail = new UnreadRegion(new BoundingBox(424.0, 144.0, 440.3, 148.8));

        var merged = OcrSecondLook.Merge([word], [(tail, new OcrWord("urn", tail.Box, 96, 0))]);

        merged.Select(w => w.Text).Should().Equal("Outtur", "n");
    }

    [Fact]
    public void Only_text_read_surely_is_added_and_a_lone_small_letter_is_a_shape()
    {
        var region = new UnreadRegion(new BoundingBox(10, 10, 20, 20));
        var other = new UnreadRegion(new BoundingBox(30, 10, 40, 20));
        var third = new UnreadRegion(new BoundingBox(50, 10, 60, 20));
        var kept = new OcrWord("R", region.Box, 92, 0);
        var merged = OcrSecondLook.Merge([], [(region, kept), (other, new OcrWord("t", other.Box, 90, 1)), (third, new OcrWord("G", third.Box, 30, 2))]);

        merged.Should().ContainSingle().Which.Text.Should().Be("R");
    }



    private static IEnumerable<(int Left, int Top, int Right, int Bottom)> InkRows(OcrMosaic mosaic)
    {
        var inBlob = false;
        int top = 0, left = int.MaxValue, right = 0;
        for (var y = 0; y < mosaic.Height; y++)
        {
            var xs = Enumerable.Range(0, mosaic.Width).Where(x => mosaic.Grey[y * mosaic.Width + x] < 128).ToList();
            if (xs.Count > 0)
            {
                if (!inBlob) (top, left, right) = (y, int.MaxValue, 0);
                inBlob = true;
                left = Math.Min(left, xs.Min());
                right = Math.Max(right, xs.Max());
            }
            else if (inBlob)
            {
                inBlob = false;
                yield return (left, top, right, y - 1);
            }
        }
    }
}
