using FluentAssertions;
using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A scanned line's size is measured from its ink, so lines of one printed size measure a little differently; laid
/// out in those sizes, headers centred in one tall row no longer look centred to the table finder.
/// </summary>
public sealed class OcrLineSizeTests
{
    [Fact]
    public void Lines_measured_a_little_apart_are_one_size_and_a_title_keeps_its_own()
    {
        // Capitals 7, 7.5 and 6.6 points tall on three lines of one printed size, and a title twice as tall (its size capped at one and a half times the text's).
        var words = new List<OcrWord>
        {
            new("Result", new BoundingBox(40, 100, 70, 107), 96, 1),
            new("Outturn", new BoundingBox(40, 110, 75, 117.5), 96, 2),
            new("RAG", new BoundingBox(40, 120, 60, 126.6), 96, 3),
            new("Scorecard", new BoundingBox(40, 60, 140, 74), 96, 4),
        };

        var page = OcrPageContent.ToPage(new OcrPage(1, 841.89, 595.3, words, [], [], 0));

        double SizeOf(string first) => page.Glyphs.First(g => g.Text == first).Size;
        SizeOf("R").Should().Be(SizeOf("O")).And.Be(page.Glyphs.Last(g => g.Text == "R").Size);
        SizeOf("S").Should().BeGreaterThan(1.4 * SizeOf("O"));
    }
}
