using System.Buffers.Binary;
using System.IO.Compression;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>
/// Writes pictures as PNG for tests, with a chosen row filter and colour type, so that the decoder is
/// checked against every way a writer may store the same pixels.
/// </summary>
internal static class TestPng
{
    public enum Colour { Rgb = 2, Rgba = 6, Grey = 0, Palette = 3 }

    public static byte[] Encode(RasterImage image, int filter = 0, Colour colour = Colour.Rgb)
    {
        var palette = new List<(byte, byte, byte)>();
        var channels = colour switch { Colour.Rgb => 3, Colour.Rgba => 4, _ => 1 };
        var stride = image.Width * channels;
        var raw = new byte[image.Height * stride];
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b) = image.Pixel(x, y);
                var i = y * stride + x * channels;
                switch (colour)
                {
                    case Colour.Rgb:
                        (raw[i], raw[i + 1], raw[i + 2]) = (r, g, b);
                        break;
                    case Colour.Rgba:
                        (raw[i], raw[i + 1], raw[i + 2], raw[i + 3]) = (r, g, b, 255);
                        break;
                    case Colour.Grey:
                        raw[i] = (byte)((r * 299 + g * 587 + b * 114) / 1000);
                        break;
                    default:
                        var index = palette.IndexOf((r, g, b));
                        if (index < 0)
                        {
                            palette.Add((r, g, b));
                            index = palette.Count - 1;
                        }
                        raw[i] = (byte)index;
                        break;
                }
            }
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        (header[8], header[9]) = (8, (byte)colour);
        Chunk(output, "IHDR", header);
        if (colour == Colour.Palette) Chunk(output, "PLTE", palette.SelectMany(p => new[] { p.Item1, p.Item2, p.Item3 }).ToArray());
        Chunk(output, "IDAT", Compress(Filtered(raw, stride, image.Height, filter, Math.Max(1, channels))));
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] Filtered(byte[] raw, int stride, int height, int filter, int bpp)
    {
        var output = new byte[height * (stride + 1)];
        for (var y = 0; y < height; y++)
        {
            output[y * (stride + 1)] = (byte)filter;
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? raw[y * stride + i - bpp] : 0;
                int up = y > 0 ? raw[(y - 1) * stride + i] : 0;
                int upLeft = i >= bpp && y > 0 ? raw[(y - 1) * stride + i - bpp] : 0;
                var predicted = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                output[y * (stride + 1) + 1 + i] = (byte)(raw[y * stride + i] - predicted);
            }
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typed));
        output.Write(crc);
    }

    /// <summary>PNG's CRC-32 (the zlib polynomial), bit by bit: test pictures are tiny.</summary>
    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
