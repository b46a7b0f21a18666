using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A column edge where two fills of different colours meet side by side (<see cref="FillSeams"/>): seed 1717's
/// Caerphilly KPI boxes, whose title and red status cell the scan left with no rule between them.
/// </summary>
public sealed class FillSeamsTests
{
    [Fact]
    public void Fills_of_two_colours_side_by_side_meet_at_a_rule_and_same_coloured_or_stacked_ones_do_not()
    {
        var rules = ScanRules.Load(RealRules.Directory).Seams;
        FilledRect[] fills =
        [
            // The box's title (as the scan measured it) and its red status cell, a point apart.
            new(new BoundingBox(72.9, 107.5, 371.4, 128.6), "D3DAE3", 0),
            new(new BoundingBox(372.4, 106.5, 523.1, 129.6), "F00303", 1),
            // Two green status cells side by side: one colour, no seam.
            new(new BoundingBox(100, 300, 150, 320), "03AB4E", 2),
            new(new BoundingBox(151, 300, 200, 320), "02AD4E", 3),
            // A red cell under an amber one: stacked, not side by side.
            new(new BoundingBox(300, 300, 350, 320), "FFC000", 4),
            new(new BoundingBox(300, 321, 350, 341), "F00303", 5),
            // A fill far from any other.
            new(new BoundingBox(500, 500, 550, 520), "F00303", 6),
        ];

        var seams = FillSeams.Find(fills, rules.MaxGap, rules.MinOverlap, rules.SameColour);

        var seam = seams.Should().ContainSingle().Subject;
        seam.X1.Should().BeApproximately(371.9, 0.01);
        seam.X2.Should().Be(seam.X1);
        (seam.Y1, seam.Y2).Should().Be((107.5, 128.6));
    }
}
