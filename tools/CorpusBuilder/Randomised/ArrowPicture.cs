using CorpusBuilder.Report;

namespace CorpusBuilder.Randomised;

/// <summary>A small arrow as a picture (a filled triangle head on a stem), dark grey on white.</summary>
internal static class ArrowPicture
{
    public const int Size = 14;

    public static byte[] Png(Arrow arrow) => PngImage.Encode(Size, Size, (x, y) =>
    {
        // Drawn pointing up, then turned: down is upside down, level points right.
        var (u, v) = arrow switch
        {
            Arrow.Up => (x, y),
            Arrow.Down => (x, Size - 1 - y),
            _ => (y, Size - 1 - x),
        };
        var centre = (Size - 1) / 2.0;
        var head = v < Size / 2 && Math.Abs(u - centre) <= v * 0.9 + 0.5;
        var stem = v >= Size / 2 && Math.Abs(u - centre) <= 1.5 && v < Size - 1;
        return head || stem ? ((byte)0x40, (byte)0x40, (byte)0x40) : ((byte)0xFF, (byte)0xFF, (byte)0xFF);
    });
}
