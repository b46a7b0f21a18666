using System.Globalization;

namespace Ingest.Readers.Xlsx.Formats;

/// <summary>
/// Excel's General display of a number: at most 15 significant digits (Excel's own precision, which
/// also hides binary artefacts such as 0.1+0.2 = 0.30000000000000004), plain notation for everyday
/// magnitudes and scientific notation for very large or very small ones.
/// </summary>
internal static class GeneralNumber
{
    private const double LargestPlain = 1e15;
    private const double SmallestPlain = 1e-9;

    public static string Format(double value)
    {
        if (!double.IsFinite(value)) return "#NUM!";
        if (value == 0) return "0";
        var magnitude = Math.Abs(value);
        if (magnitude >= LargestPlain || magnitude < SmallestPlain || ToDecimal(value) is not { } exact)
            return value.ToString("0.##############E+00", CultureInfo.InvariantCulture);
        return exact.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>The value as Excel holds it, rounded to 15 significant digits, or null when out of decimal's range.</summary>
    public static decimal? ToDecimal(double value)
    {
        if (!double.IsFinite(value)) return null;
        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }
}
