using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusBuilder.Spreadsheet;

/// <summary>
/// How a printed cell is stored in a spreadsheet: a figure becomes a number with a number format that prints
/// it back exactly as printed ("93%" is 0.93 formatted 0%, "99.12%" is 0.9912 formatted 0.00%, "2,412" is 2412
/// formatted #,##0, "95.0" is 95 formatted 0.0); anything else stays text.
/// </summary>
internal sealed partial record StoredValue(decimal? Number, string NumberFormat, string Text)
{
    public const string General = "General";

    public static StoredValue Of(string text)
    {
        var percent = Percent().Match(text);
        if (percent.Success)
        {
            var value = decimal.Parse(percent.Groups["n"].Value, CultureInfo.InvariantCulture) / 100m;
            return new StoredValue(value, "0" + Decimals(percent.Groups["f"].Value) + "%", text);
        }
        if (Thousands().IsMatch(text))
            return new StoredValue(decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), "#,##0", text);
        var plain = Plain().Match(text);
        if (plain.Success)
        {
            var decimals = plain.Groups["f"].Value;
            return new StoredValue(decimal.Parse(text, CultureInfo.InvariantCulture), decimals.Length == 0 ? General : "0" + Decimals(decimals), text);
        }
        return new StoredValue(null, General, text);
    }

    /// <summary>The number as the cell's &lt;v&gt; holds it: invariant, no exponent, no trailing zeros.</summary>
    public string Invariant => Number!.Value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Decimals(string fraction) => fraction.Length <= 1 ? "" : "." + new string('0', fraction.Length - 1);

    [GeneratedRegex(@"^(?<n>-?\d+(?<f>\.\d+)?)%$")]
    private static partial Regex Percent();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$")]
    private static partial Regex Thousands();

    // A leading zero only before the decimal point: "0.12" is a number, "007" would not print back.
    [GeneratedRegex(@"^-?(?:0|[1-9]\d*)(?<f>\.\d+)?$")]
    private static partial Regex Plain();
}
