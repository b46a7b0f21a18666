using System.Buffers.Binary;
using System.Text;

namespace CorpusBuilder.Bad;

/// <summary>
/// What Office writes for a password-protected .docx or .xlsx: not a zip but an OLE compound file
/// holding "EncryptionInfo" (agile encryption, version 4.4) and "EncryptedPackage" (the encrypted zip).
/// A minimal but well-formed compound file (version 3, 512-byte sectors, one FAT sector, one directory
/// sector, both streams above the mini-stream cutoff so no mini FAT is needed).
/// </summary>
public static class EncryptedOfficeFile
{
    private const int Sector = 512;
    private const int StreamBytes = 4096;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;

    public static byte[] Create(int seed)
    {
        const int streamSectors = StreamBytes / Sector;
        const uint infoStart = 2, packageStart = infoStart + streamSectors;
        var file = new byte[Sector * (3 + 2 * streamSectors)];
        WriteHeader(file.AsSpan(0, Sector));

        var fat = file.AsSpan(Sector, Sector);
        for (var i = 0; i < Sector / 4; i++) BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);
        foreach (var start in new[] { infoStart, packageStart })
            for (var s = start; s < start + streamSectors; s++)
                BinaryPrimitives.WriteUInt32LittleEndian(fat[(int)(s * 4)..], s == start + streamSectors - 1 ? EndOfChain : s + 1);

        var directory = file.AsSpan(Sector * 2, Sector);
        // Siblings form a binary tree ordered by name length first: "EncryptionInfo" (14) < "EncryptedPackage" (16).
        Entry(directory[..128], "Root Entry", type: 5, left: NoStream, right: NoStream, child: 1, EndOfChain, 0);
        Entry(directory[128..256], "EncryptedPackage", type: 2, left: 2, right: NoStream, child: NoStream, packageStart, StreamBytes);
        Entry(directory[256..384], "EncryptionInfo", type: 2, left: NoStream, right: NoStream, child: NoStream, infoStart, StreamBytes);
        Entry(directory[384..512], "", type: 0, left: NoStream, right: NoStream, child: NoStream, 0, 0);

        var info = file.AsSpan((int)(Sector * (infoStart + 1)), StreamBytes);
        // Agile encryption: version 4.4, flags 0x40, then the XML descriptor.
        info[0] = 4; info[2] = 4; info[4] = 0x40;
        Encoding.ASCII.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>""")
            .CopyTo(info[8..]);
        var package = file.AsSpan((int)(Sector * (packageStart + 1)), StreamBytes);
        BinaryPrimitives.WriteInt64LittleEndian(package, 20_000);
        new Random(seed).NextBytes(package[8..]); // ciphertext looks random
        return file;
    }

    private static void WriteHeader(Span<byte> header)
    {
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 0x0003); // major version 3
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9); // 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6); // 64-byte mini sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], StreamBytes); // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain); // no DIFAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0); // the FAT is sector 0
        for (var i = 1; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + i * 4)..], FreeSector);
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint left, uint right, uint child, uint start, long size)
    {
        if (name.Length > 0)
        {
            Encoding.Unicode.GetBytes(name).CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)((name.Length + 1) * 2));
        }
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], left);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteInt64LittleEndian(entry[120..], size);
    }
}
