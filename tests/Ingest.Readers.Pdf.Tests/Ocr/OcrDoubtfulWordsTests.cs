using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Unsure words read again on the mosaic (<see cref="OcrDoubtfulWords"/>, <see cref="OcrSecondLook"/>): seed 2525's City
/// of London read a header's "Q1 -" as "2" (53) and "Be" (46), boxed over the "1 -" alone.
/// </summary>
public sealed class OcrDoubtfulWordsTests
{
    private static readonly OcrWord Two = new("2", new BoundingBox(335.5, 121.2, 338.1, 131.3), 53, 5);
    private static readonly OcrWord Be = new("Be", new BoundingBox(336.4, 122.4, 349.1, 130.1), 46, 5);

    [Fact]
    public void Neighbouring_unsure_words_of_a_line_are_one_place_widened_short_of_a_sure_word()
    {
        var sure = new OcrWord("Trend", new BoundingBox(300, 121, 330, 131), 96, 5);
        var other = new OcrWord("Q2", new BoundingBox(402.2, 121.0, 416.3, 131.0), 89, 5);

        var region = OcrDoubtfulWords.Find([sure, Two, Be, other], 60).Should().ContainSingle().Subject;

        region.Replaces.Should().Equal(Two, Be);
        region.Box.Left.Should().Be(330, "the ink left of the unsure words is read with them, up to the sure word");
        region.Box.Right.Should().BeApproximately(349.1 + 1.5 * (131.3 - 121.2), 0.01);
        OcrDoubtfulWords.Find([sure, other], 60).Should().BeEmpty();
    }

    [Fact]
    public void Unsure_words_are_replaced_by_a_surer_second_reading_and_kept_otherwise()
    {
        var region = OcrDoubtfulWords.Find([Two, Be], 60).Single();
        var again = new OcrWord("Qi-", new BoundingBox(322.4, 121.0, 349.1, 131.3), 65, 0);
        var noBetter = again with { Text = "Q", Confidence = 52 };

        OcrSecondLook.Merge([Two, Be], [(region, again)]).Should().ContainSingle().Which.Should().Match<OcrWord>(w => w.Text == "Qi-" && w.Line == Two.Line);
        OcrSecondLook.Merge([Two, Be], [(region, noBetter)]).Select(w => w.Text).Should().Equal("2", "Be");
    }

    [Fact]
    public void A_second_reading_that_adds_only_marks_changes_nothing()
    {
        // Seed 3535's Harrow: "Ql" (58) read again "Ql." (69), which the quarter's repair no longer knew; and "Traffic"
        // read again with a rule's piece beside it as ";".
        var quarter = new OcrWord("Ql", new BoundingBox(300, 100, 310, 110), 58, 3);
        var traffic = new OcrWord("Traffic", new BoundingBox(100, 200, 140, 210), 46, 4);
        var quarterRegion = OcrDoubtfulWords.Find([quarter], 60).Single();
        var trafficRegion = OcrDoubtfulWords.Find([traffic], 60).Single();

        OcrSecondLook.Merge([quarter], [(quarterRegion, quarter with { Text = "Ql.", Confidence = 69 })]).Single().Text.Should().Be("Ql");
        OcrSecondLook.Merge([traffic], [(trafficRegion, traffic with { Confidence = 91 }), (trafficRegion, new OcrWord(";", traffic.Box, 81, 0))])
            .Select(w => w.Text).Should().Equal("Traffic");
    }
}
