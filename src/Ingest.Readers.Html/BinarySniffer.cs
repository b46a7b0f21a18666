using Ingest.Core.Pipeline;

namespace Ingest.Readers.Html;

/// <summary>
/// Tells a text page from a binary file that was given an .html name (a PDF or Word file saved under
/// the wrong extension, an image), so the user learns what the file really is.
/// </summary>
internal static class BinarySniffer
{
    public const string Binary = "not an HTML page: the file is binary (it contains NUL bytes)";
    public const string NotText = "not an HTML page: the file is not text";
    public const string Pdf = "this is a PDF, not an HTML page";
    public const string Zip = "this is a zip package (e.g. .docx or .xlsx), not an HTML page";
    public const string LegacyOffice = "this is a legacy Office file (.doc or .xls), not an HTML page";

    private const int SampleBytes = 8 * 1024;

    /// <summary>
    /// Control characters a text file does not hold: a stray one in a long page is tolerated (some
    /// tools leave NUL padding), a share above this is a binary file.
    /// </summary>
    private const double MaxControlShare = 0.02;

    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Throws <see cref="DocumentException"/> unless the bytes look like single-byte or UTF-8 text.</summary>
    public static void CheckIsText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PdfSignature)) throw new DocumentException(Pdf);
        if (bytes.StartsWith(ZipSignature)) throw new DocumentException(Zip);
        if (bytes.StartsWith(OleSignature)) throw new DocumentException(LegacyOffice);

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var nuls = 0;
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) nuls++;
            if (IsControl(b)) controls++;
        }
        if (controls > Math.Max(0, sample.Length * MaxControlShare))
            throw new DocumentException(nuls > 0 ? Binary : NotText);
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: ASCII markup then has a NUL beside every character, on the
    /// odd bytes for little-endian and the even bytes for big-endian. Null when it is not UTF-16.
    /// </summary>
    public static bool? Utf16LittleEndian(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 8) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return false;
        return null;
    }

    // Tab, line feed, form feed, carriage return and escape (ISO-2022 pages) are text.
    private static bool IsControl(byte b) => b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B);
}
