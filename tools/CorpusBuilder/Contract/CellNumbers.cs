using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Observations;

namespace CorpusBuilder.Contract;

/// <summary>One number printed in a cell, and whether it carried a % sign.</summary>
internal sealed record PrintedNumber(decimal Value, bool Percent);

/// <summary>The value picked from a cell, and whether it had to be picked from several numbers.</summary>
internal sealed record PickedValue(decimal Value, bool FromSeveral);

/// <summary>
/// docs/dataset.md, "Numbers" and "Fractions in percent rows": the numbers a cell prints, with years and
/// financial-year labels set aside, and the rule that picks the value.
/// </summary>
internal sealed partial class CellNumbers
{
    private CellNumbers(IReadOnlyList<PrintedNumber> numbers, int yearLabels)
    {
        Numbers = numbers;
        YearLabels = yearLabels;
    }

    /// <summary>Numbers other than years, in print order.</summary>
    public IReadOnlyList<PrintedNumber> Numbers { get; }

    /// <summary>How many years or financial-year labels (2020-21, 22/23, March 2022) the cell printed.</summary>
    public int YearLabels { get; }

    public static CellNumbers Read(string cleanText)
    {
        var yearLabels = 0;
        var text = cleanText;
        foreach (var pattern in new[] { MonthYear(), FinancialYear(), ShortFinancialYear() })
        {
            yearLabels += pattern.Matches(text).Count;
            text = pattern.Replace(text, " ");
        }
        var numbers = Number().Matches(text)
            .Select(m => new PrintedNumber(
                decimal.Parse(m.Groups["sign"].Value + m.Groups["int"].Value.Replace(",", "", StringComparison.Ordinal) + m.Groups["frac"].Value,
                    NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * Scale(m),
                m.Groups["pct"].Success && m.Groups["pct"].Value.Length > 0))
            .ToList();
        return new CellNumbers(numbers, yearLabels);
    }

    /// <summary>
    /// The first number whose unit agrees with the row's unit (a %-number for percent rows, a bare number
    /// for the others), else the first number; bare fractions in percent rows are scaled to percent.
    /// A cell that printed more than one number, years included, is "several numbers" (confidence 0.7).
    /// </summary>
    public PickedValue? Pick(Unit? unit)
    {
        if (Numbers.Count == 0) return null;
        var percentRow = unit == Unit.Percent;
        var chosen = Numbers.FirstOrDefault(n => n.Percent == percentRow) ?? Numbers[0];
        var value = chosen.Value;
        if (percentRow && !chosen.Percent && value is > 0m and < 1m) value *= 100m;
        return new PickedValue(value, Numbers.Count + YearLabels > 1);
    }

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(?:19|20)\d{2}\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\s*[-/–]\s*\d{2}(?:\d{2})?\b")]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"\b\d{2}/\d{2}\b")]
    private static partial Regex ShortFinancialYear();

    /// <summary>docs/dataset.md: "£7m -> 7000000 (currency)": a pound amount's k, m or bn multiplies it.</summary>
    private static decimal Scale(Match m) => !m.Groups["gbp"].Success || m.Groups["gbp"].Length == 0 ? 1m : m.Groups["scale"].Value switch
    {
        "k" => 1_000m,
        "m" => 1_000_000m,
        "bn" => 1_000_000_000m,
        _ => 1m,
    };

    [GeneratedRegex(@"(?<![\w.,])(?<sign>[+-]?)(?<gbp>£?)(?<int>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?(?:(?<pct>%)|(?<scale>bn|m|k)\b)?")]
    private static partial Regex Number();
}
