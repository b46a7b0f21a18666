using System.IO.Compression;
using System.Text;
using Ingest.Core.Pipeline;

namespace Ingest.Readers.Docx;

/// <summary>
/// Checks the container before the Open XML SDK sees it, so that every kind of bad input ends in one
/// clear sentence for the user rather than whatever exception the packaging layer happens to throw.
/// </summary>
internal static class DocxPackageGuard
{
    public const long MaxPartBytes = 200L * 1024 * 1024;
    public const string MainDocumentEntry = "word/document.xml";

    public const string Damaged = "not a valid Word document (the file is damaged or not a .docx)";
    public const string Empty = "the file is empty";
    public const string Encrypted = "the document is password-protected";
    public const string LegacyDoc = "this is a legacy Word .doc, not .docx";
    public const string NoMainDocument = "not a Word document: the package has no word/document.xml";

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B];

    /// <summary>Throws <see cref="DocumentException"/> unless the stream looks like a readable .docx. Leaves the position at 0.</summary>
    public static void Check(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.Length == 0) throw new DocumentException(Empty);

        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        head = head[..read];

        if (head.SequenceEqual(OleSignature))
        {
            // Word saves a password-protected .docx as an OLE compound file whose stream is named
            // "EncryptedPackage"; any other compound file given to us is most likely a Word 97-2003 .doc.
            var encrypted = ContainsStreamName(stream, "EncryptedPackage", cancellationToken);
            throw new DocumentException(encrypted ? Encrypted : LegacyDoc);
        }
        if (!head.StartsWith(ZipSignature)) throw new DocumentException(Damaged);

        CheckZipEntries(stream);
        stream.Position = 0;
    }

    private static void CheckZipEntries(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var hasMainDocument = false;
            var otherOfficeKind = (string?)null;
            foreach (var entry in zip.Entries)
            {
                // The declared size is checked before anything is inflated; the SDK's own character
                // limit (see DocxReader) catches a part that lies about its size.
                if (entry.Length > MaxPartBytes)
                    throw new DocumentException(
                        $"refusing to read part '{entry.FullName}': {entry.Length / (1024 * 1024)} MB uncompressed is over the {MaxPartBytes / (1024 * 1024)} MB limit");
                if (entry.FullName.Equals(MainDocumentEntry, StringComparison.OrdinalIgnoreCase)) hasMainDocument = true;
                else if (entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)) otherOfficeKind = "an Excel workbook";
                else if (entry.FullName.Equals("ppt/presentation.xml", StringComparison.OrdinalIgnoreCase)) otherOfficeKind = "a PowerPoint presentation";
            }
            if (!hasMainDocument)
                throw new DocumentException(otherOfficeKind is null ? NoMainDocument : $"this is {otherOfficeKind}, not a Word document");
        }
        catch (Exception e) when (e is not DocumentException)
        {
            // InvalidDataException for a broken central directory, but a hostile file can provoke others.
            throw new DocumentException(Damaged, e);
        }
    }

    /// <summary>Streams the file looking for an OLE directory entry name (UTF-16LE) without loading it whole.</summary>
    private static bool ContainsStreamName(Stream stream, string name, CancellationToken cancellationToken)
    {
        var needle = Encoding.Unicode.GetBytes(name);
        var buffer = new byte[1 << 16];
        var carried = 0;
        stream.Position = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var filled = carried + read;
                if (buffer.AsSpan(0, filled).IndexOf(needle) >= 0) return true;
                // Keep the tail so a name split across two reads is still found.
                carried = Math.Min(needle.Length - 1, filled);
                buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
            }
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
