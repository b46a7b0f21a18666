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
        var (r, g, b) = (new int[blocks.Width], new int[blocks.Width], new int[blocks.Width]);
        var (low, high) = (new byte[blocks.Width], new byte[blocks.Width]);
        // Row by row through memory, each pixel added to its block's sums: a block at a time jumps a row per four pixels.
        for (var y = 0; y < blocks.Height; y++)
        {
            Array.Clear(r);
            Array.Clear(g);
            Array.Clear(b);
            Array.Fill(low, (byte)255);
            Array.Clear(high);
            for (var dy = 0; dy < Step; dy++)
            {
                var p = (y * Step + dy) * width;
                for (var x = 0; x < blocks.Width; x++)
                for (var dx = 0; dx < Step; dx++, p++)
                {
                    r[x] += rgb[3 * p];
                    g[x] += rgb[3 * p + 1];
                    b[x] += rgb[3 * p + 2];
                    var l = luma[p];
                    if (l < low[x]) low[x] = l;
                    if (l > high[x]) high[x] = l;
                }
            }
            var row = y * blocks.Width;
            for (var x = 0; x < blocks.Width; x++)
            {
                blocks.R[row + x] = r[x] / n;
                blocks.G[row + x] = g[x] / n;
                blocks.B[row + x] = b[x] / n;
                blocks.Low[row + x] = low[x];
                blocks.High[row + x] = high[x];
            }
        }
        return blocks;
    }
}
