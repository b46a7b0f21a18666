using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A rule's end a few pixels past a rule crossing it is a glyph touching the line (<see cref="RuleStubs"/>): seed 3535's
/// Brent, where a "Q"'s tail on the rule under "Q1 25/26" ran the Tgt | Outturn line 17 pixels up through the letter.
/// </summary>
public sealed class RuleStubsTests
{
    private static readonly PixelRule GroupUnderline = new(Horizontal: true, Across: 554, Start: 1558, End: 2314, Thickness: 2);

    [Fact]
    public void A_column_line_running_a_little_past_the_rule_it_meets_is_trimmed_back_to_it()
    {
        var column = new PixelRule(Horizontal: false, Across: 1872, Start: 537, End: 653, Thickness: 2);

        var trimmed = RuleStubs.Trim([GroupUnderline, column], maxStub: 25);

        trimmed[1].Start.Should().Be(552);
        trimmed[1].End.Should().Be(653);
        trimmed[0].Should().Be(GroupUnderline);
    }

    [Theory]
    [InlineData(400)] // runs on well past the rule, to the table's top: a column line of its own
    [InlineData(553)] // ends on the rule
    public void A_column_line_ending_on_the_rule_or_running_well_past_it_is_kept(int start)
    {
        var column = new PixelRule(Horizontal: false, Across: 1872, Start: start, End: 653, Thickness: 2);

        RuleStubs.Trim([GroupUnderline, column], maxStub: 25)[1].Should().Be(column);
    }

    [Fact]
    public void A_line_past_the_end_of_the_rule_is_not_crossed_by_it()
    {
        var beside = new PixelRule(Horizontal: false, Across: 1500, Start: 537, End: 653, Thickness: 2);

        RuleStubs.Trim([GroupUnderline, beside], maxStub: 25)[1].Should().Be(beside);
    }
}
