using System.IO.Compression;
using System.Text;

namespace Ingest.Fetch.Content;

/// <summary>
/// Tells a body's type from its bytes, not its URL or header: ModernGov serves papers from
/// <c>mgConvert2PDF.aspx?ID=…</c> with no extension, often as <c>application/octet-stream</c>, and a
/// firewall's challenge page comes back as a <c>200</c> like any document.
/// </summary>
public static class ContentSniffer
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Rtf = "{\\rtf"u8.ToArray();

    /// <param name="contentType">the server's Content-Type, used only to tell an old Excel file from an old Word one</param>
    public static SniffedContent Sniff(ReadOnlySpan<byte> body, string? contentType = null)
    {
        var start = SkipBom(body);
        if (StartsWith(body, Pdf) || Within(body, Pdf, 1024)) return new(SniffedKind.Document, ".pdf", "application/pdf");
        if (StartsWith(body, Zip)) return SniffZip(body.ToArray());
        if (StartsWith(body, Ole))
            return contentType?.Contains("excel", StringComparison.OrdinalIgnoreCase) == true
                ? new(SniffedKind.Document, ".xls", "application/vnd.ms-excel")
                : new(SniffedKind.Document, ".doc", "application/msword");
        if (StartsWith(body, Rtf)) return new(SniffedKind.Document, ".rtf", "application/rtf");

        var head = Encoding.UTF8.GetString(start[..Math.Min(start.Length, 1024)]).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal)
            || head.Contains("<head", StringComparison.Ordinal) || head.Contains("<body", StringComparison.Ordinal))
            return new(SniffedKind.Html, ".html", "text/html");
        if (head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith('<'))
            return new(SniffedKind.Xml, ".xml", "application/xml");
        return new(SniffedKind.Unknown, ".bin", contentType ?? "application/octet-stream");
    }

    private static SniffedContent SniffZip(byte[] body)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                return new(SniffedKind.Document, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                return new(SniffedKind.Document, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            if (names.Contains("mimetype") && names.Any(n => n == "content.xml"))
                return new(SniffedKind.Document, ".odt", "application/vnd.oasis.opendocument.text");
            return new(SniffedKind.Unknown, ".zip", "application/zip");
        }
        catch (InvalidDataException)
        {
            return new(SniffedKind.Unknown, ".zip", "application/zip");
        }
    }

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

    private static bool StartsWith(ReadOnlySpan<byte> body, byte[] magic) => body.StartsWith(magic);

    // Some PDF writers put junk (or a BOM) before the header; readers accept it within the first kilobyte.
    private static bool Within(ReadOnlySpan<byte> body, byte[] magic, int limit) =>
        body[..Math.Min(body.Length, limit)].IndexOf(magic) >= 0;
}
