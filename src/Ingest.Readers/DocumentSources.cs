using System.Security.Cryptography;
using Ingest.Core.Tables;

namespace Ingest.Readers;

public static class DocumentSources
{
    /// <summary>
    /// Identifies a file by content: the SHA-256 is what makes a re-load of the same document replace
    /// the earlier one, whatever the file is called. The file is streamed, never loaded whole.
    /// </summary>
    public static DocumentSource FromFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read,
            bufferSize: 1 << 16, FileOptions.SequentialScan);
        var hash = SHA256.HashData(stream);
        return new DocumentSource(
            fullPath,
            Path.GetFileName(fullPath),
            Convert.ToHexStringLower(hash),
            stream.Length,
            FormatOf(fullPath));
    }

    /// <summary>Lower-case extension without the dot ("docx"), or empty when the name has none.</summary>
    public static string FormatOf(string path) =>
        Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
}
