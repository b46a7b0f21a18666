using FluentAssertions;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A KPI box's title band in pale grey beside its rating cell, almost black on a greyscale scan (seed 2121's South
/// Cambridgeshire): the line between them is lost in the dark, and only the change of shade parts the two cells.
/// </summary>
public sealed class FillColumnsTests
{
    private static readonly PixelRule[] Box =
    [
        new(true, 440, 300, 2182, 2),  // the box's top
        new(false, 301, 440, 1120, 1), // its sides
        new(false, 2181, 440, 1120, 1),
    ];

    [Fact]
    public void A_pale_band_beside_a_dark_cell_meets_it_on_a_cell_side()
    {
        (int, int, int, int, int)[] shading = [(304, 448, 1547, 539, 216), (1552, 448, 2179, 543, 110)];

        var rules = FillColumns.Add(Box, shading, slack: 12, sameShade: 25);

        rules.Should().HaveCount(Box.Length + 1);
        rules[^1].Should().Match<PixelRule>(r => !r.Horizontal && r.Across == 1549.5 && r.Start == 448 && r.End == 543);
    }

    [Fact]
    public void One_shade_broken_by_its_text_apart_or_of_other_heights_adds_nothing()
    {
        (int, int, int, int, int)[] shading =
        [
            (304, 448, 900, 539, 216), (904, 448, 1547, 539, 222),   // one band, broken where a word leaves no even stretch
            (304, 600, 900, 700, 216), (960, 600, 1547, 700, 110),   // a gap of paper between them
            (304, 800, 900, 900, 216), (904, 760, 1547, 940, 110),   // a tall cell beside a short band
            (304, 960, 360, 992, 220), (364, 972, 416, 996, 187),    // bold letters blurred to a patch on a pale section band
            (1552, 448, 2179, 543, 110),                             // a dark cell on the box's own line to its right
        ];

        FillColumns.Add([.. Box, new PixelRule(false, 1550, 440, 1120, 1)], shading, slack: 12, sameShade: 25)
            .Should().HaveCount(Box.Length + 1, "the pale band and the dark cell meet on a line the box draws already");
    }
}
