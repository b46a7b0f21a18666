using System.IO.Compression;
using System.Text;

namespace CorpusBuilder.Packaging;

/// <summary>
/// A package (docx, xlsx) with the text of every XML part passed through a rewrite and everything else
/// copied, entries in the same order with one fixed timestamp, so the same input gives the same bytes.
/// </summary>
internal static class PackageXmlRewrite
{
    private static readonly DateTimeOffset ZipTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Apply(byte[] package, Func<string, string> rewriteXml)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                    bytes = new UTF8Encoding(false).GetBytes(rewriteXml(Encoding.UTF8.GetString(bytes)));
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = ZipTime;
                using var stream = copy.Open();
                stream.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
