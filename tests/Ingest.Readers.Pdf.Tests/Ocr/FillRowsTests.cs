using FluentAssertions;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A KPI box's shaded title row over a chart picture whose white ground covers the rule between them (seed 6868's
/// East Cambridgeshire scan): the band of shading, from side to side of the box, ends the title's row.
/// </summary>
public sealed class FillRowsTests
{
    private static readonly PixelRule[] Box =
    [
        new(true, 40, 50, 650, 2),   // the box's top
        new(true, 260, 50, 650, 2),  // over its figures' row
        new(true, 300, 50, 650, 2),  // its bottom
    ];

    [Fact]
    public void A_band_of_shading_across_the_box_ends_its_row()
    {
        // The title's grey and its RAG's amber, the grey broken where a word's ink leaves it no even stretch.
        (int, int, int, int)[] shading = [(52, 42, 60, 79), (66, 42, 400, 80), (402, 42, 649, 80)];

        var rules = FillRows.Add(Box, shading, slack: 12, maxGap: 40);

        rules.Should().ContainSingle(r => r.Horizontal && r.Across == 81).Which.Should().Match<PixelRule>(r => r.Start == 50 && r.End == 650);
        rules.Should().HaveCount(Box.Length + 1, "the band's top lies on the box's own top rule");
    }

    [Fact]
    public void Shading_that_spans_no_table_or_ends_on_a_rule_adds_nothing()
    {
        (int, int, int, int)[] shading =
        [
            (402, 42, 649, 80),   // a RAG cell alone
            (52, 262, 649, 299),  // the figures' row, shaded from rule to rule
            (52, 100, 300, 120), (400, 100, 649, 120), // two cells of a row with a wide gap between them
        ];

        FillRows.Add(Box, shading, slack: 12, maxGap: 40).Should().BeSameAs(Box);
    }
}
