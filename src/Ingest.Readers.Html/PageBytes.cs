using Ingest.Core.Pipeline;

namespace Ingest.Readers.Html;

/// <summary>Reads the whole page into memory, refusing what is empty or too large before it is parsed.</summary>
internal static class PageBytes
{
    public const long MaxBytes = 50L * 1024 * 1024;
    public const string Empty = "the file is empty";
    public const string TooLarge = "the page is larger than 50 MB";

    public static ReadOnlyMemory<byte> Read(Stream content, CancellationToken cancellationToken)
    {
        var known = KnownLength(content);
        if (known > MaxBytes) throw new DocumentException(TooLarge);

        var buffer = new MemoryStream(known is > 0 ? (int)known : 1 << 16);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A stream that cannot say its length is checked as it arrives, so it never costs more than the limit.
            if (buffer.Length + read > MaxBytes) throw new DocumentException(TooLarge);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new DocumentException(Empty);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static long? KnownLength(Stream content)
    {
        if (!content.CanSeek) return null;
        return Math.Max(0, content.Length - content.Position);
    }
}
