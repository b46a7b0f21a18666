using System.Buffers.Binary;
using System.IO.Compression;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Decodes a PNG to 8-bit RGB, transparency laid over white paper. PdfPig hands a PDF image over as a PNG
/// whatever its colour space (indexed, CMYK, ICC), so this one small decoder covers every image it can
/// convert. Only what PNG itself defines is read: 8-bit grey, grey with alpha, RGB and RGBA, and palette
/// images of 1 to 8 bits, not interlaced; anything else is null, never a guess.
/// </summary>
internal static class PngPixels
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Larger pictures are not marks; refusing them keeps a hostile header from asking for gigabytes.</summary>
    public const int MaxSide = 2048;

    public static RasterImage? Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < 8 || !png[..8].SequenceEqual(Signature)) return null;
        int width = 0, height = 0, depth = 0, colourType = -1;
        byte[]? palette = null;
        byte[]? paletteAlpha = null;
        using var compressed = new MemoryStream();
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[position..]);
            if (length < 0 || position + 12 + length > png.Length) return null;
            var type = png.Slice(position + 4, 4);
            var data = png.Slice(position + 8, length);
            if (type.SequenceEqual("IHDR"u8))
            {
                if (length < 13) return null;
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                depth = data[8];
                colourType = data[9];
                if (data[12] != 0) return null; // interlaced
            }
            else if (type.SequenceEqual("PLTE"u8)) palette = data.ToArray();
            else if (type.SequenceEqual("tRNS"u8)) paletteAlpha = data.ToArray();
            else if (type.SequenceEqual("IDAT"u8)) compressed.Write(data);
            else if (type.SequenceEqual("IEND"u8)) break;
            position += 12 + length;
        }
        if (width is <= 0 or > MaxSide || height is <= 0 or > MaxSide) return null;
        var channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || (colourType == 3 ? depth is not (1 or 2 or 4 or 8) || palette is null : depth != 8)) return null;

        var stride = (width * channels * depth + 7) / 8;
        var samples = new byte[height * stride];
        try
        {
            compressed.Position = 0;
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            var previous = new byte[stride];
            var row = new byte[stride + 1];
            for (var y = 0; y < height; y++)
            {
                inflater.ReadExactly(row);
                var current = samples.AsSpan(y * stride, stride);
                Unfilter(row[0], row.AsSpan(1), previous, current, Math.Max(1, channels * depth / 8));
                current.CopyTo(previous);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }
        return ToRgb(width, height, stride, samples, colourType, depth, palette, paletteAlpha);
    }

    /// <summary>PNG's five row filters, each predicting a byte from its left, upper and upper-left neighbours.</summary>
    private static void Unfilter(byte filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> output, int bytesPerPixel)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bytesPerPixel ? output[i - bytesPerPixel] : 0;
            int up = above[i];
            int upLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
            var predicted = filter switch
            {
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => 0,
            };
            output[i] = (byte)(row[i] + predicted);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static RasterImage ToRgb(int width, int height, int stride, byte[] samples, int colourType, int depth,
        byte[]? palette, byte[]? paletteAlpha)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var row = samples.AsSpan(y * stride, stride);
            for (var x = 0; x < width; x++)
            {
                int r, g, b, a = 255;
                switch (colourType)
                {
                    case 0:
                        r = g = b = row[x];
                        break;
                    case 4:
                        r = g = b = row[2 * x];
                        a = row[2 * x + 1];
                        break;
                    case 2:
                        (r, g, b) = (row[3 * x], row[3 * x + 1], row[3 * x + 2]);
                        break;
                    case 6:
                        (r, g, b, a) = (row[4 * x], row[4 * x + 1], row[4 * x + 2], row[4 * x + 3]);
                        break;
                    default:
                        var index = PaletteIndex(row, x, depth);
                        if (3 * index + 2 >= palette!.Length) (r, g, b) = (0, 0, 0);
                        else (r, g, b) = (palette[3 * index], palette[3 * index + 1], palette[3 * index + 2]);
                        if (paletteAlpha is not null && index < paletteAlpha.Length) a = paletteAlpha[index];
                        break;
                }
                var i = (y * width + x) * 3;
                rgb[i] = OverWhite(r, a);
                rgb[i + 1] = OverWhite(g, a);
                rgb[i + 2] = OverWhite(b, a);
            }
        }
        return new RasterImage(width, height, rgb);
    }

    private static int PaletteIndex(ReadOnlySpan<byte> row, int x, int depth)
    {
        var bit = x * depth;
        var shift = 8 - depth - bit % 8;
        return (row[bit / 8] >> shift) & ((1 << depth) - 1);
    }

    private static byte OverWhite(int value, int alpha) => (byte)((value * alpha + 255 * (255 - alpha) + 127) / 255);

    /// <summary>The picture as it looks turned clockwise by a multiple of 90 degrees (PDF's /Rotate).</summary>
    public static RasterImage TurnedClockwise(this RasterImage image, int degrees)
    {
        var quarters = ((degrees / 90) % 4 + 4) % 4;
        if (quarters == 0) return image;
        var (w, h) = (image.Width, image.Height);
        var (tw, th) = quarters == 2 ? (w, h) : (h, w);
        var rgb = new byte[w * h * 3];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var (tx, ty) = quarters switch
                {
                    1 => (h - 1 - y, x),
                    2 => (w - 1 - x, h - 1 - y),
                    _ => (y, w - 1 - x),
                };
                var (r, g, b) = image.Pixel(x, y);
                var i = (ty * tw + tx) * 3;
                (rgb[i], rgb[i + 1], rgb[i + 2]) = (r, g, b);
            }
        return new RasterImage(tw, th, rgb);
    }
}
