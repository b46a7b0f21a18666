using System.Buffers.Binary;

namespace Ingest.Explorer.Sources;

/// <summary>A PNG's width and height from its header (the IHDR chunk always comes first), without an image library.</summary>
public static class PngSize
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <exception cref="InvalidDataException">The file is not a PNG.</exception>
    public static (int Width, int Height) Read(string path)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(path))
            stream.ReadExactly(header);
        if (!header.AsSpan(0, 8).SequenceEqual(Signature) || !header.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            throw new InvalidDataException($"{System.IO.Path.GetFileName(path)} is not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20, 4)));
    }
}
