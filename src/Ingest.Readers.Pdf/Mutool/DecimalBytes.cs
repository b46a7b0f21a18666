using System.Globalization;

namespace Ingest.Readers.Pdf.Mutool;

/// <summary>
/// Parses the plain decimals mutool writes ("568.803", ".55615237", "-12") straight from UTF-8.
/// Most of a trace is such numbers, three or more per glyph. A mantissa of at most 15 digits and a
/// power of ten of at most 22 are both exact doubles, so one division gives the correctly rounded
/// value, the same as <see cref="double.Parse(string)"/>; anything else (exponents, long digit
/// strings) goes to the general parser.
/// </summary>
internal static class DecimalBytes
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == '-';
            i = 1;
        }
        long mantissa = 0;
        var digits = 0;
        var fraction = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && fraction < 0)
            {
                fraction = 0;
                continue;
            }
            var digit = c - '0';
            if ((uint)digit > 9 || digits == 15) return General(text, out value);
            mantissa = mantissa * 10 + digit;
            if (mantissa > 0) digits++;
            if (fraction >= 0) fraction++;
        }
        if (fraction > 22 || (digits == 0 && mantissa == 0 && !HasDigit(text))) return General(text, out value);
        value = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        if (negative) value = -value;
        return true;
    }

    private static bool HasDigit(ReadOnlySpan<byte> text)
    {
        foreach (var c in text)
            if (c is >= (byte)'0' and <= (byte)'9') return true;
        return false;
    }

    private static bool General(ReadOnlySpan<byte> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
