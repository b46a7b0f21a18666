using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Rules found with dark colour fills made paper (<see cref="FillPaper"/>): seed 2525's Rhondda Cynon Taf, a column of
/// green status cells ruled between rows, beside the column rule.
/// </summary>
public sealed class FillPaperTests
{
    private const byte RuleGrey = 70;

    /// <summary>Green status cells one under another, ruled between rows, beside a column rule as dark as a scan's.</summary>
    private static (RasterImage Image, (int, int, int, int, int)[] Fills) StatusColumn()
    {
        var image = RasterImage.Blank(300, 420);
        for (var y = 20; y < 400; y++) for (var x = 100; x < 102; x++) image.Set(x, y, RuleGrey, RuleGrey, RuleGrey);
        var fills = new List<(int, int, int, int, int)>();
        for (var row = 0; row < 5; row++)
        {
            var top = 60 + row * 68;
            for (var y = top; y < top + 66; y++) for (var x = 102; x < 200; x++) image.Set(x, y, 0, 176, 80);
            for (var y = top + 66; y < top + 68; y++) for (var x = 100; x < 200; x++) image.Set(x, y, RuleGrey, RuleGrey, RuleGrey);
            fills.Add((102, top, 199, top + 65, 112));
        }
        return (image, [.. fills]);
    }

    private static bool ColumnRule(IReadOnlyList<PixelRule> rules) =>
        rules.Any(r => !r.Horizontal && Math.Abs(r.Across - 100.5) <= 1.5 && r.Start <= 62 && r.End >= 395);

    [Fact]
    public void A_column_rule_beside_stacked_green_fills_is_found_with_the_fills_made_paper()
    {
        var (image, fills) = StatusColumn();

        ColumnRule(ImageRules.Find(image, 48)).Should().BeFalse("grey, the fills and the rule are one band too thick to be a rule");
        ColumnRule(ImageRules.Find(image, 48, luma: FillPaper.Luma(image, fills, reach: 12, margin: 15, minLuma: 90))).Should().BeTrue();
    }

    [Fact]
    public void A_column_rule_beside_stacked_grey_status_cells_of_a_greyscale_scan_is_found()
    {
        // Seed 6161's Mansfield: green status cells scanned in grey, as dark as the column rule beside them.
        var (colour, _) = StatusColumn();
        var image = RasterImage.Blank(colour.Width, colour.Height);
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            var luma = colour.LumaPlane[y * image.Width + x];
            image.Set(x, y, luma, luma, luma);
        }
        var grey = GreyFills.Find(image, 72.0 / 300, new ScanGreyFillRules()).Fills;
        grey.Should().NotBeEmpty("the status cells are grey shading");

        var rules = FillPaper.Rules(image, FillPaper.Fills([], grey, 72.0 / 300), reach: 12, margin: 15, minLuma: 90, find: luma => ImageRules.Find(image, 48, luma: luma));

        ColumnRule(rules).Should().BeTrue();
    }

    [Fact]
    public void A_fills_rim_as_bright_as_the_fill_is_paper_and_a_fill_too_dark_is_left()
    {
        var image = RasterImage.Blank(300, 300);
        for (var y = 50; y < 250; y++) for (var x = 50; x < 250; x++) image.Set(x, y, 0, 176, 80);
        // JPEG's halved colour resolution leaves a rim as bright as the fill but grey: a line along its side.
        for (var y = 50; y < 250; y++) image.Set(49, y, 112, 112, 112);

        var luma = FillPaper.Luma(image, [(50, 50, 249, 249, 112)], reach: 12, margin: 15, minLuma: 90);
        ImageRules.Find(image, 48, luma: luma).Should().BeEmpty();
        FillPaper.Luma(image, [(50, 50, 249, 249, 76)], reach: 12, margin: 15, minLuma: 90).Should().BeSameAs(image.LumaPlane, "a red fill is as dark as a scan's rule");
    }

    [Fact]
    public void A_run_inside_a_fill_made_paper_is_its_words_letters_and_a_rule_along_its_side_is_not()
    {
        (int, int, int, int, int)[] fills = [(1530, 1935, 2180, 2030, 110)];
        PixelRule letters = new(true, 1954, 1588, 1698, 2); // the feet of a bold "GREEN" on a KPI box's status band
        PixelRule side = new(false, 1528, 1935, 2030, 2);
        PixelRule under = new(true, 2032, 300, 2183, 1);

        FillPaper.DropInside([letters, side, under], fills, reach: 12, minLuma: 90).Should().BeEquivalentTo([side, under]);
        FillPaper.DropInside([letters], [(1530, 1935, 2180, 2030, 76)], reach: 12, minLuma: 90).Should().ContainSingle("a fill too dark is not made paper");
    }

    [Fact]
    public void A_rule_broken_with_the_fill_made_paper_is_taken_whole_as_found_on_the_page()
    {
        // Seed 2525's East Devon: the thin rule under a KPI box's green band, as light as the band.
        PixelRule[] onPaper = [new(true, 2627, 528, 647, 1), new(false, 1862, 532, 1125, 2)];
        PixelRule[] asItIs = [new(true, 2627, 528, 2182, 1), new(false, 1862, 662, 722, 4)];

        FillPaper.Union(onPaper, asItIs).Should().BeEquivalentTo([asItIs[0], onPaper[1]]);
    }
}
