namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A page picture reduced to blocks of <see cref="Step"/> by <see cref="Step"/> pixels: each block's mean colour
/// (<see cref="RasterImage.MeanOfBlock"/>) and its dimmest and brightest pixel. Grey shading, coloured fills and
/// coloured marks are all looked for on this grid; measured once, it is one walk over the page rather than three.
/// </summary>
internal sealed class ImageBlocks
{
    /// <summary>Pixels a side of a block.</summary>
    public const int Step = 4;

    private ImageBlocks(int width, int height)
    {
        Width = width;
        Height = height;
        R = new int[width * height];
        G = new int[width * height];
        B = new int[width * height];
        Low = new byte[width * height];
        High = new byte[width * height];
    }

    /// <summary>Whole blocks across and down: a part block at the right or bottom edge is left out.</summary>
    public int Width { get; }

    public int Height { get; }

    /// <summary>Mean of each channel over the block, row-major.</summary>
    public int[] R { get; }

    public int[] G { get; }

    public int[] B { get; }

    /// <summary>The block's dimmest and brightest pixel (luma).</summary>
    public byte[] Low { get; }

    public byte[] High { get; }

    public (int R, int G, int B) Mean(int i) => (R[i], G[i], B[i]);

    public static ImageBlocks Of(RasterImage image)
    {
        var blocks = new ImageBlocks(image.Width / Step, image.Height / Step);
        var (rgb, luma, width) = (image.Rgb, image.LumaPlane, image.Width);
        const int n = Step * Step;
        for (var y = 0; y < blocks.Height; y++)
        for (var x = 0; x < blocks.Width; x++)
        {
            int r = 0, g = 0, b = 0, low = 255, high = 0;
            for (var dy = 0; dy < Step; dy++)
            {
                var p = (y * Step + dy) * width + x * Step;
                var pixels = rgb.AsSpan(3 * p, 3 * Step);
                var lumas = luma.AsSpan(p, Step);
                for (var dx = 0; dx < Step; dx++)
                {
                    r += pixels[3 * dx];
                    g += pixels[3 * dx + 1];
                    b += pixels[3 * dx + 2];
                    int l = lumas[dx];
                    if (l < low) low = l;
                    if (l > high) high = l;
                }
            }
            var i = y * blocks.Width + x;
            blocks.R[i] = r / n;
            blocks.G[i] = g / n;
            blocks.B[i] = b / n;
            blocks.Low[i] = (byte)low;
            blocks.High[i] = (byte)high;
        }
        return blocks;
    }
}
