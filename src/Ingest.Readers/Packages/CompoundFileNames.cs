using System.Text;

namespace Ingest.Readers.Packages;

/// <summary>
/// Which of some OLE stream names a compound file's directory holds, found by streaming it for their UTF-16
/// spellings without loading it whole: an encrypted Office file and a legacy .doc are both told this way.
/// </summary>
public static class CompoundFileNames
{
    public static HashSet<string> Find(Stream stream, string[] names, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (names.Length == 0) return found;
        // A directory entry stores its name in UTF-16LE followed by a NUL, so a name is not found as the start of a longer one.
        var needles = names.Select(n => (Name: n, Bytes: Encoding.Unicode.GetBytes(n + "\0"))).ToArray();
        var longest = needles.Max(n => n.Bytes.Length);
        var buffer = new byte[1 << 16];
        var carried = 0;
        stream.Position = 0;
        int read;
        while (found.Count < names.Length && (read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var filled = carried + read;
            foreach (var (name, bytes) in needles)
                if (buffer.AsSpan(0, filled).IndexOf(bytes) >= 0) found.Add(name);
            // Keep the tail so a name split across two reads is still found.
            carried = Math.Min(longest - 1, filled);
            buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
        }
        stream.Position = 0;
        return found;
    }
}
