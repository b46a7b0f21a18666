using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>Makes the damaged and hostile containers the reader must refuse.</summary>
internal static class PackageSurgery
{
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Replaces (or with null removes) one entry, keeping the rest of the package.</summary>
    public static byte[] ReplaceEntry(byte[] package, string name, string? content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            if (content is not null)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    public static string EntryText(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Rewrites the uncompressed size an entry declares in the central directory, as a zip bomb's looks before inflating.</summary>
    public static byte[] DeclareUncompressedSize(byte[] package, string name, uint size)
    {
        var bytes = (byte[])package.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) != 0x02014B50) continue;
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28));
            if (!bytes.AsSpan(i + 46, nameLength).SequenceEqual(nameBytes)) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
            return bytes;
        }
        throw new InvalidOperationException($"no central directory entry named {name}");
    }

    /// <summary>An OLE compound file header followed by a directory entry name (UTF-16LE) at the given offset.</summary>
    public static byte[] CompoundFile(string streamName, int nameOffset)
    {
        var bytes = new byte[nameOffset + 4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(streamName).CopyTo(bytes, nameOffset);
        return bytes;
    }
}
