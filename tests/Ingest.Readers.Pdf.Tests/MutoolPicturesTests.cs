using FluentAssertions;
using Ingest.Readers.Pdf.Mutool;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>The samples MuPDF's script prints for a page's small pictures, as RGB over a white page.</summary>
public sealed class MutoolPicturesTests
{
    [Fact]
    public void Grey_rgb_and_cmyk_samples_become_rgb_and_a_large_picture_has_none()
    {
        var pictures = MutoolPictures.Parse("""
            picture 2 1 0 00ff
            picture 1 3 0 ff8000
            picture 1 4 0 00ff0000
            picture 300 3 0 -
            """);

        pictures.Should().HaveCount(4);
        pictures[0]!.Rgb.Should().Equal(0, 0, 0, 255, 255, 255);
        pictures[1]!.Rgb.Should().Equal(255, 128, 0);
        pictures[2]!.Rgb.Should().Equal(255, 0, 255);
        pictures[3].Should().BeNull();
    }

    [Fact]
    public void Samples_with_alpha_are_laid_over_white()
    {
        // MuPDF keeps colour premultiplied by alpha: transparent is 00 00 00 00, half-opaque red 80 00 00 80.
        var pictures = MutoolPictures.Parse("picture 2 4 1 0000000080000080");

        pictures.Single()!.Rgb.Should().Equal(255, 255, 255, 255, 127, 127);
    }

    [Fact]
    public void A_line_that_does_not_describe_a_picture_is_skipped_and_broken_samples_give_no_picture()
    {
        var pictures = MutoolPictures.Parse("""
            warning: something
            picture 2 3 0 00ff
            """);

        pictures.Should().ContainSingle().Which.Should().BeNull();
    }
}
