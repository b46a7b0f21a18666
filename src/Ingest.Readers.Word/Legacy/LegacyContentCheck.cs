using Ingest.Readers.Packages;
using System.IO.Compression;
using System.Text;
using Ingest.Core.Pipeline;

namespace Ingest.Readers.Legacy;

/// <summary>
/// Looks at the bytes before LibreOffice does: LibreOffice would open almost anything (a PDF in Draw,
/// a renamed .docx by content) and either fail with a vague message or quietly read something that is
/// not what the file name says. Word itself saves RTF under a .doc name, so any of the three formats is
/// accepted under any of the three names; everything else gets a sentence saying what it really is.
/// </summary>
internal static class LegacyContentCheck
{
    public const string Empty = "the file is empty";

    private const int HeadLength = 8;
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> PdfSignature => "%PDF"u8;
    private static ReadOnlySpan<byte> RtfSignature => @"{\rtf"u8;
    private const string OdtMimeType = "application/vnd.oasis.opendocument.text";

    /// <summary>Throws <see cref="DocumentException"/> unless the file holds a Word 97-2003 document, RTF or an OpenDocument text.</summary>
    public static void Check(string path, string format, CancellationToken cancellationToken)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length == 0) throw new DocumentException(Empty);
        Span<byte> head = stackalloc byte[HeadLength];
        head = head[..stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false)];
        stream.Position = 0;

        if (head.StartsWith(OleSignature)) CheckCompoundFile(stream, format, cancellationToken);
        else if (head.StartsWith(ZipSignature)) CheckZip(stream, format);
        else if (head.StartsWith(PdfSignature)) throw new DocumentException($"this is a PDF file, not a .{format} document");
        else if (!head.StartsWith(RtfSignature)) throw new DocumentException(NotAWordDocument(format));
    }

    private static string NotAWordDocument(string format) =>
        $"not a .{format} document (neither a Word 97-2003 file, RTF nor OpenDocument text)";

    // Word 97-2003 keeps its text in a "WordDocument" stream; Excel, PowerPoint and encrypted .docx use other names.
    private static void CheckCompoundFile(Stream stream, string format, CancellationToken cancellationToken)
    {
        var found = CompoundFileNames.Find(stream, ["WordDocument", "EncryptedPackage", "Workbook", "Book", "PowerPoint Document"], cancellationToken);
        if (found.Contains("WordDocument")) return;
        if (found.Contains("EncryptedPackage")) throw new DocumentException("the document is password-protected");
        if (found.Contains("Workbook") || found.Contains("Book")) throw new DocumentException($"this is an Excel workbook, not a .{format} document");
        if (found.Contains("PowerPoint Document")) throw new DocumentException($"this is a PowerPoint presentation, not a .{format} document");
        // A truncated or overwritten .doc loses its directory first: it sits near the end of the file.
        throw new DocumentException($"the .{format} is damaged or not a Word document: its compound file has no WordDocument stream");
    }

    private static void CheckZip(Stream stream, string format)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var type = new string(ReadUpTo(reader, 100)).Trim();
                if (type == OdtMimeType) return;
                throw new DocumentException($"this is an OpenDocument file of another kind ({type}), not a .{format} text document");
            }
            if (zip.GetEntry("word/document.xml") is not null)
                throw new DocumentException($"this is a Word .docx file named .{format}: rename it to .docx");
            if (zip.GetEntry("xl/workbook.xml") is not null)
                throw new DocumentException($"this is an Excel workbook, not a .{format} document");
            throw new DocumentException($"this is a zip archive, not a .{format} document");
        }
        catch (InvalidDataException e)
        {
            throw new DocumentException($"this is a damaged zip archive, not a .{format} document", e);
        }
    }

    private static char[] ReadUpTo(StreamReader reader, int count)
    {
        var buffer = new char[count];
        return buffer[..reader.ReadBlock(buffer, 0, count)];
    }
}
