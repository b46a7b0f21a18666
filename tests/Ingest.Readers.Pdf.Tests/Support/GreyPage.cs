using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>A grey picture of a page at 300 dpi (near-white paper) with solid blocks of ink drawn where a test wants them.</summary>
internal sealed class GreyPage(int width, int height)
{
    /// <summary>Points per pixel at 300 dpi.</summary>
    public const double Scale = 72.0 / 300;

    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = Enumerable.Repeat((byte)250, width * height).ToArray();

    /// <summary>A solid block of ink; its box in points.</summary>
    public BoundingBox Blot(int left, int top, int width, int height)
    {
        for (var y = top; y < top + height; y++)
            for (var x = left; x < left + width; x++) Pixels[y * Width + x] = 30;
        return new BoundingBox(left * Scale, top * Scale, (left + width) * Scale, (top + height) * Scale);
    }
}
