using System.IO.Compression;
using System.Text;
using Ingest.Core.Pipeline;

namespace Ingest.Readers.Xlsx;

/// <summary>
/// Checks the container before the Open XML SDK sees it, so that every kind of bad input ends in one
/// clear sentence for the user rather than whatever exception the packaging layer happens to throw.
/// </summary>
internal static class XlsxPackageGuard
{
    public const long MaxPartBytes = 200L * 1024 * 1024;
    public const string WorkbookEntry = "xl/workbook.xml";

    public const string Empty = "the file is empty";
    public const string Damaged = "not a valid Excel workbook (the file is damaged or not a .xlsx)";
    public const string DamagedXml = "not a valid Excel workbook (its XML is damaged)";
    public const string Encrypted = "the workbook is password-protected";
    public const string LegacyXls = "this is a legacy Excel .xls, not .xlsx";
    public const string LegacyDoc = "this is a legacy Word .doc, not an Excel workbook";
    public const string NoWorkbook = "not an Excel workbook: the package has no workbook part (xl/workbook.xml)";

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B];

    /// <summary>Throws <see cref="DocumentException"/> unless the stream looks like a readable .xlsx. Leaves the position at 0.</summary>
    public static void Check(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.Length == 0) throw new DocumentException(Empty);

        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        head = head[..read];

        if (head.SequenceEqual(OleSignature)) throw new DocumentException(CompoundFileKind(stream, cancellationToken));
        if (!head.StartsWith(ZipSignature)) throw new DocumentException(Damaged);

        CheckZipEntries(stream);
        stream.Position = 0;
    }

    /// <summary>
    /// Excel saves a password-protected .xlsx as an OLE compound file holding a stream named
    /// "EncryptedPackage"; a compound file with a "WordDocument" stream is a Word .doc; any other is
    /// most likely an Excel 97-2003 .xls (its stream is "Workbook" or "Book", but the verdict is the same).
    /// </summary>
    private static string CompoundFileKind(Stream stream, CancellationToken cancellationToken)
    {
        var found = FindStreamNames(stream, ["EncryptedPackage", "WordDocument"], cancellationToken);
        if (found.Contains("EncryptedPackage")) return Encrypted;
        return found.Contains("WordDocument") ? LegacyDoc : LegacyXls;
    }

    private static void CheckZipEntries(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var hasWorkbook = false;
            string? otherOfficeKind = null;
            foreach (var entry in zip.Entries)
            {
                // The declared size is checked before anything is inflated; PartXml's character limit
                // catches a part that lies about its size.
                if (entry.Length > MaxPartBytes)
                    throw new DocumentException(
                        $"refusing to read part '{entry.FullName}': {entry.Length / (1024 * 1024)} MB uncompressed is over the {MaxPartBytes / (1024 * 1024)} MB limit");
                if (entry.FullName.Equals(WorkbookEntry, StringComparison.OrdinalIgnoreCase)) hasWorkbook = true;
                else if (entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase)) otherOfficeKind = "a Word document";
                else if (entry.FullName.Equals("ppt/presentation.xml", StringComparison.OrdinalIgnoreCase)) otherOfficeKind = "a PowerPoint presentation";
            }
            // A workbook part stored elsewhere is legal (the package relationships name it), so only a
            // package that is recognisably something else is refused here; the SDK finds the rest.
            if (!hasWorkbook && otherOfficeKind is not null)
                throw new DocumentException($"this is {otherOfficeKind}, not an Excel workbook");
        }
        catch (Exception e) when (e is not DocumentException)
        {
            // InvalidDataException for a broken central directory, but a hostile file can provoke others.
            throw new DocumentException(Damaged, e);
        }
    }

    /// <summary>Streams the file for OLE directory entry names (UTF-16LE) without loading it whole.</summary>
    private static HashSet<string> FindStreamNames(Stream stream, string[] names, CancellationToken cancellationToken)
    {
        var needles = names.Select(n => (Name: n, Bytes: Encoding.Unicode.GetBytes(n))).ToArray();
        var longest = needles.Max(n => n.Bytes.Length);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new byte[1 << 16];
        var carried = 0;
        stream.Position = 0;
        try
        {
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
            return found;
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
