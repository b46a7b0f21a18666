using System.Globalization;
using System.Text;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A page picture as 8-bit RGB. Read from and written as PNM (netpbm), the one picture format that
/// mutool writes and Tesseract reads that needs no image library.
/// </summary>
internal sealed class RasterImage
{
    public RasterImage(int width, int height, byte[] rgb)
    {
        if (rgb.Length != width * height * 3) throw new ArgumentException("pixel data does not match the size", nameof(rgb));
        Width = width;
        Height = height;
        Rgb = rgb;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Row-major, three bytes a pixel.</summary>
    public byte[] Rgb { get; }

    public static RasterImage Blank(int width, int height)
    {
        var rgb = new byte[width * height * 3];
        Array.Fill(rgb, (byte)255);
        return new RasterImage(width, height, rgb);
    }

    private byte[]? _luma;
    private ImageBlocks? _blocks;

    /// <summary>Perceived brightness 0-255.</summary>
    public int Luma(int x, int y) => LumaPlane[y * Width + x];

    /// <summary>
    /// Every pixel's <see cref="Luma(int, int)"/>, row-major, worked out once on first use: a page's passes (rules,
    /// shading, discs, Tesseract's picture) each walked every pixel's three channels again. <see cref="Set"/> keeps it
    /// up to date; <see cref="Rgb"/> written directly after first use is not seen.
    /// </summary>
    public byte[] LumaPlane => _luma ??= ComputeLuma();

    /// <summary>The page in blocks of <see cref="ImageBlocks.Step"/> pixels, worked out once for the passes that look at shading.</summary>
    public ImageBlocks Blocks => _blocks ??= ImageBlocks.Of(this);

    private byte[] ComputeLuma()
    {
        var rgb = Rgb;
        var luma = new byte[Width * Height];
        for (int i = 0, j = 0; i < luma.Length; i++, j += 3)
            luma[i] = (byte)((rgb[j] * 299 + rgb[j + 1] * 587 + rgb[j + 2] * 114) / 1000);
        return luma;
    }

    public (byte R, byte G, byte B) Pixel(int x, int y)
    {
        var i = (y * Width + x) * 3;
        return (Rgb[i], Rgb[i + 1], Rgb[i + 2]);
    }

    /// <summary>
    /// The mean colour of the <paramref name="size"/>-pixel square whose top-left pixel is given: JPEG's
    /// colour noise and a print's dither average out over a block.
    /// </summary>
    public (int R, int G, int B) MeanOfBlock(int left, int top, int size)
    {
        int r = 0, g = 0, b = 0;
        for (var dy = 0; dy < size; dy++)
        {
            var i = ((top + dy) * Width + left) * 3;
            for (var dx = 0; dx < size; dx++, i += 3)
            {
                r += Rgb[i];
                g += Rgb[i + 1];
                b += Rgb[i + 2];
            }
        }
        var n = size * size;
        return (r / n, g / n, b / n);
    }

    public void Set(int x, int y, byte r, byte g, byte b)
    {
        var i = (y * Width + x) * 3;
        Rgb[i] = r;
        Rgb[i + 1] = g;
        Rgb[i + 2] = b;
        if (_luma is not null) _luma[i / 3] = (byte)((r * 299 + g * 587 + b * 114) / 1000);
        _blocks = null;
    }

    /// <summary>Reads binary PPM (P6) or PGM (P5) with 8-bit samples.</summary>
    public static RasterImage ReadPnm(Stream stream)
    {
        var magic = Token(stream);
        if (magic is not ("P6" or "P5")) throw new InvalidDataException($"not a binary PNM picture ({magic})");
        var width = int.Parse(Token(stream), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(stream), CultureInfo.InvariantCulture);
        var max = int.Parse(Token(stream), CultureInfo.InvariantCulture);
        if (max != 255) throw new InvalidDataException("only 8-bit PNM pictures are read");
        var channels = magic == "P6" ? 3 : 1;
        var data = new byte[width * height * channels];
        stream.ReadExactly(data);
        if (channels == 3) return new RasterImage(width, height, data);
        var rgb = new byte[width * height * 3];
        for (var i = 0; i < data.Length; i++) rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = data[i];
        return new RasterImage(width, height, rgb);
    }

    /// <summary>Writes the picture as grey PGM (P5), which is all Tesseract needs.</summary>
    public static void WritePgm(Stream stream, int width, int height, byte[] grey)
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        stream.Write(header);
        stream.Write(grey);
    }

    /// <summary>A header token: whitespace-separated, '#' comments skipped; exactly one whitespace byte follows the last.</summary>
    private static string Token(Stream stream)
    {
        var sb = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) throw new InvalidDataException("the PNM header ends early");
            if (b == '#')
            {
                while (b >= 0 && b != '\n') b = stream.ReadByte();
                continue;
            }
            if (char.IsWhiteSpace((char)b))
            {
                if (sb.Length > 0) return sb.ToString();
                continue;
            }
            sb.Append((char)b);
        }
    }
}
