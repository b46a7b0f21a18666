using System.Text;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Cheap checks on the bytes before mutool runs: a PDF has "%PDF-" near its start, and a complete one
/// "%%EOF" near its end (every incremental update ends with one too). mutool silently repairs a
/// truncated file and prints what is left, which would lose pages without a word.
/// </summary>
internal static class PdfFileCheck
{
    private const int Window = 1024;

    public static (bool IsPdf, bool IsComplete) Inspect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        var buffer = new byte[Window];
        var read = stream.ReadAtLeast(buffer, Math.Min(Window, (int)Math.Min(stream.Length, Window)), throwOnEndOfStream: false);
        var isPdf = Contains(buffer.AsSpan(0, read), "%PDF-"u8);
        if (!isPdf) return (false, false);
        var tail = (int)Math.Min(stream.Length, Window);
        stream.Seek(-tail, SeekOrigin.End);
        read = stream.ReadAtLeast(buffer, tail, throwOnEndOfStream: false);
        return (true, Contains(buffer.AsSpan(0, read), "%%EOF"u8));
    }

    private static bool Contains(ReadOnlySpan<byte> data, ReadOnlySpan<byte> marker) => data.IndexOf(marker) >= 0;
}
