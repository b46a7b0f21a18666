using FluentAssertions;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Readers.Pdf.PdfPig;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Pictures;

/// <summary>
/// Arrows pasted into a report as tiny pictures: decoded from the PDF, read by shape and placed in the
/// table cell they sit in, as a drawn arrow or an arrow glyph is.
/// </summary>
public sealed class PdfPictureTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>The randomiser's picture: a 14-pixel head-and-stem arrow, up; turned for the other ways.</summary>
    private static RasterImage ArrowPixels(string way)
    {
        const int size = 14;
        var image = RasterImage.Blank(size, size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var (u, v) = way switch { "down" => (x, size - 1 - y), "right" => (y, size - 1 - x), _ => (x, y) };
                var centre = (size - 1) / 2.0;
                var head = v < size / 2 && Math.Abs(u - centre) <= v * 0.9 + 0.5;
                var stem = v >= size / 2 && Math.Abs(u - centre) <= 1.5 && v < size - 1;
                if (head || stem) image.Set(x, y, 0x40, 0x40, 0x40);
            }
        return image;
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 6)]
    [InlineData(3, 0)]
    [InlineData(4, 3)]
    [InlineData(4, 6)]
    public void A_png_decodes_to_the_pixels_it_was_made_from(int filter, int colourType)
    {
        var colour = (TestPng.Colour)colourType;
        var original = ArrowPixels("up");
        original.Set(3, 3, 0x00, 0xB0, 0x50);
        var decoded = PngPixels.Decode(TestPng.Encode(original, filter, colour));
        decoded.Should().NotBeNull();
        decoded!.Width.Should().Be(14);
        var expected = colour == TestPng.Colour.Grey
            ? original.Rgb.Chunk(3).SelectMany(p => Enumerable.Repeat((byte)((p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000), 3)).ToArray()
            : original.Rgb;
        decoded.Rgb.Should().Equal(expected);
    }

    [Fact]
    public void Bytes_that_are_not_a_whole_png_decode_to_nothing()
    {
        var png = TestPng.Encode(ArrowPixels("up"));
        PngPixels.Decode(png.AsSpan(0, png.Length / 2)).Should().BeNull();
        PngPixels.Decode("not a picture"u8).Should().BeNull();
        PngPixels.Decode([]).Should().BeNull();
    }

    [Fact]
    public void Pictures_turn_with_the_page()
    {
        var up = ArrowPixels("up");
        PictureMarks.Read(up.TurnedClockwise(90))!.Text.Should().Be("→");
        PictureMarks.Read(up.TurnedClockwise(180))!.Text.Should().Be("↓");
        PictureMarks.Read(up.TurnedClockwise(270))!.Text.Should().Be("←");
    }

    [Fact]
    public void Arrow_pictures_in_a_table_are_read_into_their_cells()
    {
        var pdf = new TinyPdf();
        var page = pdf.Page();
        double[] columns = [50, 250, 320, 390];
        DrawnCell[][] rows =
        [
            [new("Indicator", Bold: true), new("Actual", Bold: true), new("DoT", Bold: true)],
            [new("Household waste recycled"), new("41.2%"), new("")],
            [new("Missed bins per 100,000"), new("62"), new("")],
            [new("Calls answered in 60 seconds"), new("88%"), new("")],
            [new("Staff sickness days"), new("8.1"), new("")],
        ];
        TableDrawer.Draw(page, 100, columns, rows, Borders.Lines);
        var ways = new[] { "up", "down", "right" };
        var rowHeight = TableDrawer.LineHeight + 6;
        for (var r = 1; r < 4; r++)
        {
            var picture = ArrowPixels(ways[r - 1]);
            page.Picture(columns[2] + 4, 100 + r * rowHeight + 3, 10.5, 10.5, 14, 14, picture.Rgb);
        }
        // A logo-sized picture and a small picture of no mark stay out of the table's text.
        page.Picture(400, 40, 120, 40, 14, 14, ArrowPixels("up").Rgb);
        page.Picture(columns[1] + 40, 100 + 4 * rowHeight + 3, 10, 10, 14, 14, RasterImage.Blank(14, 14).Rgb);

        var path = _files.Write("pictures.pdf", pdf.Build());
        var table = PdfTables.Extract(path, TableExtractionOptions.Default).Should().ContainSingle().Subject;
        Enumerable.Range(1, 4).Select(r => table.TextAt(r, 2)).Should().Equal("↑", "↓", "→", "");
        Enumerable.Range(0, 5).Select(r => table.TextAt(r, 1)).Should().Equal("Actual", "41.2%", "62", "88%", "8.1");
    }

    [Fact]
    public void The_picture_mark_lies_where_the_picture_is_shown()
    {
        var pdf = new TinyPdf();
        pdf.Page(400, 300).Text(50, 40, "Trend").Picture(200, 100, 12, 12, 14, 14, ArrowPixels("down").Rgb);
        var page = new PdfPigPageSource().Read(_files.Write("one.pdf", pdf.Build()), null, default).Single();
        var mark = page.Glyphs.Should().ContainSingle(g => g.Font == PageContentBuilder.DrawnMarkFont).Subject;
        mark.Text.Should().Be("↓");
        mark.X.Should().BeApproximately(200 + 12.0 / 14, 0.5);
        mark.Y.Should().BeApproximately(112, 0.5, "a mark sits on its ink's bottom edge: the down arrow's tip, in the picture's last row");
    }

    [Fact]
    public void An_arrow_centred_between_a_rows_two_lines_stays_in_that_row_of_an_unruled_table()
    {
        // Lines at one pitch within rows and between them, as a compact Word table prints: the arrow, centred in
        // its two-line cell, lies between the lines, and only the figures under figures say where a row starts.
        double[] x = [40, 240, 300, 360, 430, 480];
        (string[] Name, string[] GoodIs, string Target, string Actual, string Rag, string Way)[] rows =
        [
            (["Percentage of new claims verified", "within 14 days"], ["Bigger is", "better"], "76%", "76.9%", "Green", "down"),
            (["Number of households in temporary", "accommodation"], ["Low"], "1,263", "1,373", "Red", "down"),
            (["Percentage of financial assessments finalised", "within 10 working days"], ["High"], "≥62%", "65.6%", "Green", "right"),
            (["Efficiency savings delivered in year (£)"], ["Bigger is", "better"], "£5.1m", "£5.2m", "Green", "down"),
            (["Staff appraisals completed"], ["High"], "64%", "58.3%", "Red", "up"),
        ];
        const double pitch = 9.2, size = 8;
        var pdf = new TinyPdf();
        var page = pdf.Page();
        string[] header = ["KPI", "Good is", "Target", "Performance", "RAG", "DoT"];
        for (var c = 0; c < header.Length; c++) page.Text(x[c], 100, header[c], size, bold: true);
        var top = 104.0;
        foreach (var row in rows)
        {
            var lines = Math.Max(row.Name.Length, row.GoodIs.Length);
            for (var i = 0; i < row.Name.Length; i++) page.Text(x[0], top + 7 + i * pitch, row.Name[i], size);
            for (var i = 0; i < row.GoodIs.Length; i++) page.Text(x[1], top + 7 + i * pitch, row.GoodIs[i], size);
            page.Text(x[2], top + 7, row.Target, size).Text(x[3], top + 7, row.Actual, size).Text(x[4], top + 7, row.Rag, size);
            page.Picture(x[5], top + lines * pitch / 2 - 5.25, 10.5, 10.5, 14, 14, ArrowPixels(row.Way).Rgb);
            top += lines * pitch;
        }

        var path = _files.Write("compact.pdf", pdf.Build());
        var table = PdfTables.Extract(path, TableExtractionOptions.Default).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(6);
        Enumerable.Range(1, 5).Select(r => table.TextAt(r, 5)).Should().Equal("↓", "↓", "→", "↓", "↑");
        table.TextAt(1, 0).Should().Be("Percentage of new claims verified within 14 days");
        table.TextAt(4, 0).Should().Be("Efficiency savings delivered in year (£)");
        table.TextAt(4, 2).Should().Be("£5.1m");
    }
}
