using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusBuilder.Derivation;

/// <summary>
/// How a cell prints its number: the text before and after it, the decimal places, thousands separators. A
/// derived value is printed the way the cell it continues printed its own ("99.12%" -> "98.87%", "0.8 days" ->
/// "0.9 days", "1,075" -> "1,098").
/// </summary>
internal sealed partial record PrintedNumberStyle(string Prefix, string Suffix, int Decimals, bool Thousands)
{
    /// <summary>The style of the first number in a cell, or null when it prints none.</summary>
    public static PrintedNumberStyle? Of(string cell)
    {
        var m = FirstNumber().Match(cell);
        if (!m.Success) return null;
        var frac = m.Groups["frac"].Value;
        return new PrintedNumberStyle(cell[..m.Index], cell[(m.Index + m.Length)..], frac.Length == 0 ? 0 : frac.Length - 1,
            m.Groups["int"].Value.Contains(','));
    }

    /// <summary>A cell that is exactly one number, optionally signed and followed by %: "95%", "22.84", "1,075", "+2%".</summary>
    public static bool IsSimple(string cell) => Simple().IsMatch(cell);

    /// <summary>The first number a cell prints, as printed: "£31.2m" is 31.2, "2,412" is 2412.</summary>
    public static decimal? FirstValue(string cell)
    {
        var m = FirstNumber().Match(cell);
        return m.Success ? decimal.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }

    public string Format(decimal value)
    {
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        var format = (Thousands ? "#,##0" : "0") + (Decimals > 0 ? "." + new string('0', Decimals) : "");
        var text = rounded.ToString(format, CultureInfo.InvariantCulture);
        // A printed "+" (year-on-year change) stays with positive values; a negative value prints its own sign.
        var prefix = Prefix.EndsWith('+') && rounded < 0 ? Prefix[..^1] : Prefix;
        return prefix + text + Suffix;
    }

    public decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    [GeneratedRegex(@"(?<int>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")]
    private static partial Regex Simple();
}
