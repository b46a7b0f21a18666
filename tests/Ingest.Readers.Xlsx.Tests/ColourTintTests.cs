using Ingest.Readers.Xlsx.Styles;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>Theme tints against the colours Excel's palette shows for the Office theme.</summary>
public sealed class ColourTintTests
{
    [Theory]
    [InlineData("FFC000", 0.7999816888943144, "FFF2CC")]   // Gold, Accent 4, Lighter 80%
    [InlineData("FFC000", 0.3999755851924192, "FFD966")]   // Gold, Accent 4, Lighter 40%
    [InlineData("70AD47", 0.3999755851924192, "A9D08E")]   // Green, Accent 6, Lighter 40%
    [InlineData("70AD47", 0.5999938962981048, "C6E0B4")]   // Green, Accent 6, Lighter 60%
    [InlineData("ED7D31", 0.5999938962981048, "F8CBAD")]   // Orange, Accent 2, Lighter 60%
    [InlineData("FFFFFF", -0.0499893185216834, "F2F2F2")]  // White, Background 1, Darker 5%
    [InlineData("FFFFFF", -0.1499984740745262, "D9D9D9")]  // White, Background 1, Darker 15%
    [InlineData("000000", 0.249977111117893, "404040")]    // Black, Text 1, Lighter 25%
    public void Tints_match_excels_palette(string colour, double tint, string expected)
    {
        ColourTint.Apply(colour, tint).Should().Be(expected);
    }

    [Fact]
    public void Full_tints_reach_black_and_white_and_zero_changes_nothing()
    {
        ColourTint.Apply("4472C4", -1).Should().Be("000000");
        ColourTint.Apply("4472C4", 1).Should().Be("FFFFFF");
        ColourTint.Apply("4472C4", 0).Should().Be("4472C4");
    }

    [Fact]
    public void Darkening_keeps_the_hue()
    {
        var (r, g, b) = HexColour.Channels(ColourTint.Apply("ED7D31", -0.249977111117893));

        r.Should().BeGreaterThan(g).And.BeInRange(0xC0, 0xCA, "Orange, Accent 2, Darker 25% is C65911 in Excel");
        g.Should().BeGreaterThan(b);
    }
}
