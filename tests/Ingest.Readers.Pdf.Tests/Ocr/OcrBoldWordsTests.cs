using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// Weight read from the picture (<see cref="OcrBoldWords"/>): words drawn as rows of upright strokes, regular
/// ones three pixels wide and bold ones five, as a 300 dpi scan of 10 pt text shows them.
/// </summary>
public sealed class OcrBoldWordsTests
{
    private const int Width = 800;
    private const int Height = 200;
    private const double Scale = 72.0 / 300;

    [Fact]
    public void A_word_with_thicker_strokes_than_the_page_is_bold()
    {
        var grey = Blank();
        var words = new List<OcrWord>();
        for (var i = 0; i < 4; i++) words.Add(DrawWord(grey, "regular", 20 + i * 150, 20, stroke: 3, line: i + 1));
        words.Add(DrawWord(grey, "Header", 20, 120, stroke: 5, line: 9));

        var marked = OcrBoldWords.Mark(grey, Width, Height, words, Scale, new OcrBoldOptions());

        marked.Where(w => w.Bold).Select(w => w.Text).Should().Equal("Header");
    }

    [Fact]
    public void A_short_word_takes_the_weight_of_its_line()
    {
        var grey = Blank();
        var words = new List<OcrWord>();
        for (var i = 0; i < 4; i++) words.Add(DrawWord(grey, "regular", 20 + i * 150, 20, stroke: 3, line: i + 1));
        words.Add(DrawWord(grey, "Direction", 20, 120, stroke: 5, line: 9));
        // "of": two strokes, too little ink to judge alone.
        words.Add(DrawWord(grey, "of", 200, 120, stroke: 5, line: 9, strokes: 1));

        var marked = OcrBoldWords.Mark(grey, Width, Height, words, Scale, new OcrBoldOptions());

        marked.Where(w => w.Bold).Select(w => w.Text).Should().Equal("Direction", "of");
    }

    [Fact]
    public void A_lone_letter_on_the_line_under_a_bold_word_takes_its_weight_and_one_under_a_plain_word_does_not()
    {
        // A header wrapped "Do" / "T" in a narrow cell: the "T" alone on its line, too little ink to measure.
        var grey = Blank();
        var words = new List<OcrWord>();
        for (var i = 0; i < 4; i++) words.Add(DrawWord(grey, "regular", 20 + i * 150, 20, stroke: 3, line: i + 1));
        words.Add(DrawWord(grey, "Header", 20, 110, stroke: 5, line: 9));
        words.Add(DrawWord(grey, "T", 30, 145, stroke: 5, line: 10, strokes: 1));
        words.Add(DrawWord(grey, "regular", 400, 110, stroke: 3, line: 11));
        words.Add(DrawWord(grey, "x", 410, 145, stroke: 3, line: 12, strokes: 1));

        var marked = OcrBoldWords.Mark(grey, Width, Height, words, Scale, new OcrBoldOptions());

        marked.Where(w => w.Bold).Select(w => w.Text).Should().Equal("Header", "T");
    }

    private static byte[] Blank()
    {
        var grey = new byte[Width * Height];
        Array.Fill(grey, (byte)245);
        return grey;
    }

    /// <summary>A word as <paramref name="strokes"/> upright bars 28 pixels tall, with its box in points.</summary>
    private static OcrWord DrawWord(byte[] grey, string text, int left, int top, int stroke, int line, int strokes = 8)
    {
        var x = left;
        for (var s = 0; s < strokes; s++, x += 12)
            for (var y = top; y < top + 28; y++)
                for (var dx = 0; dx < stroke; dx++) grey[y * Width + x + dx] = 20;
        return new OcrWord(text, new BoundingBox(left * Scale, top * Scale, (x + 2) * Scale, (top + 28) * Scale), 95, line);
    }
}
