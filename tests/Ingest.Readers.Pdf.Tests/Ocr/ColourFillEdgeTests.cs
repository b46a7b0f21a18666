using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A bright colour fill is painted white for Tesseract, but the scan's blur leaves its edge a ring of darker, duller
/// pixels that stayed as a dashed outline; the outline's pieces ran into the RAG word inside (seed 8282's Tamworth:
/// a KPI box's "GREEN" was never read). The edges of such fills are painted white with them; a pale fill, whose colour
/// is not painted out, keeps its edge, as does the word inside.
/// </summary>
public sealed class ColourFillEdgeTests
{
    [Fact]
    public void A_bright_fill_is_painted_out_to_its_blurred_edge_and_its_word_is_kept()
    {
        var image = RasterImage.Blank(400, 200);
        for (var y = 40; y < 140; y++)
        for (var x = 40; x < 340; x++)
        {
            var edge = y < 42 || y >= 138 || x < 42 || x >= 338;
            if (edge) image.Set(x, y, 10, 98, 46);        // the blurred edge: dark and dull
            else image.Set(x, y, 3, 173, 79);            // the fill's green
        }
        for (var y = 80; y < 100; y++)
        for (var x = 100; x < 110; x++) image.Set(x, y, 1, 37, 7);   // a stroke of its word

        var plain = OcrImage.Prepare(image, []);
        var prepared = OcrImage.Prepare(image, [], colourFills: [(40, 40, 339, 139)]);

        plain[40 * 400 + 200].Should().BeLessThan(150, "left alone, the edge is ink");
        prepared[40 * 400 + 200].Should().Be(255);
        prepared[90 * 400 + 40].Should().Be(255);
        prepared[60 * 400 + 200].Should().Be(255, "the fill's colour is painted out");
        prepared[90 * 400 + 105].Should().BeLessThan(60, "the word is kept");
    }

    [Fact]
    public void A_fragment_inside_a_larger_fill_keeps_its_edges()
    {
        // Seed 8282's North Yorkshire: an amber cell was found with a strip of a slightly darker amber along its top,
        // whose lower edge ran through the cell's "AMBER"; painted, it left "AMRFR".
        var cell = new FilledRect(new BoundingBox(373.3, 107.5, 523.0, 127.6), "FABE01", 0);
        var strip = new FilledRect(new BoundingBox(373.3, 106.5, 523.0, 114.2), "DFAF0E", 1);
        var band = new FilledRect(new BoundingBox(73.9, 107.5, 371.4, 127.6), "D3DAE3", 2);

        OcrImage.BrightFills([cell, strip, band], 0.24).Should().Equal([(1555, 448, 2179, 532)]);
    }

    [Theory]
    [InlineData("03AD4F", true)]     // a scanned green
    [InlineData("FFC000", true)]     // amber
    [InlineData("D6DCE4", false)]    // a pale blue-grey title band
    [InlineData("404040", false)]    // dark grey: ink
    [InlineData(null, false)]
    public void Only_a_fill_whose_colour_is_painted_white_has_its_edge_painted(string? colour, bool bright) =>
        OcrImage.IsBrightColour(colour).Should().Be(bright);
}
