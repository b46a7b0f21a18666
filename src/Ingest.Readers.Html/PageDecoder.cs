using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Html;

/// <param name="Warning">Set when the bytes did not match what the page declared, or some text could not be decoded.</param>
internal sealed record DecodedPage(string Text, string? Warning);

/// <summary>
/// Turns the page's bytes into text the way a browser would: byte-order mark first, then the charset the
/// page declares in its first bytes (meta charset, http-equiv, XML declaration), else UTF-8. Pages that
/// declare nothing and are not valid UTF-8 are old Windows-1252 pages (£ as 0xA3) and are read as such.
/// </summary>
internal static partial class PageDecoder
{
    /// <summary>Browsers look for the declaration in the first 1024 bytes; saved pages sometimes put it a little later.</summary>
    private const int PrescanBytes = 4096;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // The code-page encodings ship with .NET but are not registered; asking the provider directly
    // avoids changing process-wide encoding state.
    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static DecodedPage Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new DecodedPage(Utf8.GetString(bytes[3..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new DecodedPage(Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new DecodedPage(Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        if (BinarySniffer.Utf16LittleEndian(bytes) is { } littleEndian)
        {
            var utf16 = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new DecodedPage(utf16.GetString(bytes), null);
        }

        BinarySniffer.CheckIsText(bytes);

        var label = DeclaredCharset(bytes);
        var declared = label is null ? null : EncodingForLabel(label);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            // A CMS that labels its UTF-8 output Latin-1: well-formed multi-byte sequences do not occur
            // by chance in Windows-1252 text ("Â£" is not something a council writes).
            if (declared.CodePage == Windows1252.CodePage && System.Text.Unicode.Utf8.IsValid(bytes) && ValidMultiByteSequences(bytes) > 0)
                return new DecodedPage(Utf8.GetString(bytes), $"the page says it is {label} but is UTF-8; it was read as UTF-8");
            return new DecodedPage(declared.GetString(bytes), null);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes)) return new DecodedPage(Utf8.GetString(bytes), null);
        var multiByte = ValidMultiByteSequences(bytes);

        string? warning = null;
        if (label is not null && declared is null) warning = $"the page declares an unknown charset '{label}'; it was read as UTF-8 or Windows-1252";
        if (multiByte == 0)
        {
            // No valid UTF-8 sequence at all: a Windows-1252 page, whatever its meta says.
            if (declared is not null) warning = "the page says it is UTF-8 but is Windows-1252; it was read as Windows-1252";
            return new DecodedPage(Windows1252.GetString(bytes), warning);
        }
        return new DecodedPage(Utf8.GetString(bytes),
            warning ?? "the page is not valid UTF-8: some characters could not be read and were replaced");
    }

    /// <summary>The charset label the page declares near its start, or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps every byte to one char, so the ASCII markup of the prescan can be searched as text.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var meta = MetaCharset().Match(head);
        if (meta.Success) return meta.Groups["label"].Value;
        var xml = XmlEncoding().Match(head);
        return xml.Success ? xml.Groups["label"].Value : null;
    }

    /// <summary>
    /// The encoding for a charset label, following the WHATWG Encoding Standard where it differs from
    /// .NET: Latin-1 and ASCII labels mean Windows-1252, and a UTF-16 label in an ASCII-compatible prescan
    /// means UTF-8. Null for a label nobody knows.
    /// </summary>
    public static Encoding? EncodingForLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Utf8;
            case "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "l1" or "us-ascii" or "ascii"
                or "ansi_x3.4-1968" or "cp1252" or "x-cp1252" or "windows-1252" or "cp819" or "ibm819":
                return Windows1252;
        }
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>How many well-formed multi-byte UTF-8 sequences the bytes hold: none means a single-byte page.</summary>
    private static int ValidMultiByteSequences(ReadOnlySpan<byte> bytes)
    {
        var multiByte = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done) multiByte++;
            i += Math.Max(1, consumed);
        }
        return multiByte;
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<label>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["'](?<label>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();
}
