using System.IO.Compression;

namespace CorpusBuilder.Packaging;

/// <summary>
/// Writes an Open Packaging zip (docx, xlsx) whose bytes depend only on its parts: entries in the given
/// order, one fixed timestamp. The SDK's own package writer stamps the current time and invents ids.
/// </summary>
internal static class ZipPackage
{
    // Zip timestamps are DOS local times with no zone; any fixed value will do.
    private static readonly DateTimeOffset ZipTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(IEnumerable<(string Name, byte[] Bytes)> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = ZipTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }
}
