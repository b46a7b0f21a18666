using System.IO.Compression;
using Ingest.Core.Pipeline;

namespace Ingest.Readers.Packages;

/// <summary>What one Office format's package must hold, and what to tell the user when it does not.</summary>
/// <param name="MainEntry">The main part's usual path, e.g. "word/document.xml".</param>
/// <param name="MainEntryRequired">Whether a package without that exact path is refused here (Word's is fixed; Excel's may move).</param>
/// <param name="Noun">The format as the messages name it: "a Word document".</param>
/// <param name="CompoundFileVerdicts">OLE stream names to look for in a compound file, in order, with the message each means.</param>
/// <param name="CompoundFileDefault">The message for a compound file with none of them (a legacy binary file).</param>
public sealed record OfficePackageKind(
    string MainEntry,
    bool MainEntryRequired,
    string Noun,
    string Damaged,
    string NoMainPart,
    IReadOnlyList<(string Stream, string Verdict)> CompoundFileVerdicts,
    string CompoundFileDefault);

/// <summary>
/// Checks an Office (OOXML) container before the Open XML SDK sees it, so that every kind of bad input
/// ends in one clear sentence for the user rather than whatever exception the packaging layer throws.
/// </summary>
public static class OfficePackageGuard
{
    public const long MaxPartBytes = 200L * 1024 * 1024;

    /// <summary>
    /// All parts together: a zip bomb can stay under the per-part limit with many parts. Real reports
    /// with embedded images are tens of megabytes.
    /// </summary>
    public const long MaxTotalBytes = 512L * 1024 * 1024;

    /// <summary>Real packages have tens to a few hundred parts; a million tiny entries is an attack on the directory.</summary>
    public const int MaxEntries = 10_000;

    public const string Empty = "the file is empty";

    private static readonly (string Entry, string Kind)[] OfficeKinds =
    [
        ("word/document.xml", "a Word document"),
        ("xl/workbook.xml", "an Excel workbook"),
        ("ppt/presentation.xml", "a PowerPoint presentation"),
    ];

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B];
    private static ReadOnlySpan<byte> PdfSignature => "%PDF"u8;
    private static ReadOnlySpan<byte> RtfSignature => "{\\rtf"u8;

    /// <summary>Throws <see cref="DocumentException"/> unless the stream looks like a readable package of this kind. Leaves the position at 0.</summary>
    public static void Check(Stream stream, OfficePackageKind kind, CancellationToken cancellationToken)
    {
        if (stream.Length == 0) throw new DocumentException(Empty);

        Span<byte> head = stackalloc byte[64];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        head = head[..read];

        // Office saves a password-protected package as an OLE compound file holding "EncryptedPackage";
        // other compound files are the legacy binary formats.
        if (head.StartsWith(OleSignature)) throw new DocumentException(CompoundFileVerdict(stream, kind, cancellationToken));
        if (!head.StartsWith(ZipSignature)) throw new DocumentException(OtherFormat(head) is { } other ? $"this is {other}, not {kind.Noun}" : kind.Damaged);

        CheckZipEntries(stream, kind);
        stream.Position = 0;
    }

    /// <summary>Formats a file under the wrong extension usually is, named so the user can rename it.</summary>
    private static string? OtherFormat(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PdfSignature)) return "a PDF";
        if (head.StartsWith(RtfSignature)) return "an RTF document";
        var text = head.TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (text.StartsWith("<"u8))
            return text.StartsWith("<?xml"u8) ? "an XML file (perhaps a Word 2003 XML or Excel 2003 XML document)" : "an HTML page";
        return null;
    }

    private static string CompoundFileVerdict(Stream stream, OfficePackageKind kind, CancellationToken cancellationToken)
    {
        var found = CompoundFileNames.Find(stream, kind.CompoundFileVerdicts.Select(v => v.Stream).ToArray(), cancellationToken);
        return kind.CompoundFileVerdicts.FirstOrDefault(v => found.Contains(v.Stream)).Verdict ?? kind.CompoundFileDefault;
    }

    private static void CheckZipEntries(Stream stream, OfficePackageKind kind)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var hasMain = false;
            string? otherKind = null;
            if (zip.Entries.Count > MaxEntries)
                throw new DocumentException($"refusing to read the package: {zip.Entries.Count} parts is over the {MaxEntries} limit");
            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                // The declared size is checked before anything is inflated; the readers' XML character
                // limit catches a part that lies about its size.
                if (entry.Length > MaxPartBytes)
                    throw new DocumentException(
                        $"refusing to read part '{entry.FullName}': {entry.Length / (1024 * 1024)} MB uncompressed is over the {MaxPartBytes / (1024 * 1024)} MB limit");
                total += entry.Length;
                if (total > MaxTotalBytes)
                    throw new DocumentException(
                        $"refusing to read the package: its parts add up to over {MaxTotalBytes / (1024 * 1024)} MB uncompressed (a zip bomb?)");
                if (entry.FullName.Equals(kind.MainEntry, StringComparison.OrdinalIgnoreCase)) hasMain = true;
                else if (OfficeKinds.FirstOrDefault(k => entry.FullName.Equals(k.Entry, StringComparison.OrdinalIgnoreCase)).Kind is { } other)
                    otherKind = other;
            }
            if (!hasMain && otherKind is not null) throw new DocumentException($"this is {otherKind}, not {kind.Noun}");
            if (!hasMain && kind.MainEntryRequired) throw new DocumentException(kind.NoMainPart);
        }
        catch (Exception e) when (e is not DocumentException)
        {
            // InvalidDataException for a broken central directory, but a hostile file can provoke others.
            throw new DocumentException(kind.Damaged, e);
        }
    }
}
