using System.Text.RegularExpressions;
using Ingest.Core.Observations;

namespace CorpusBuilder.Contract;

/// <summary>docs/dataset.md, "Unit of a row": from the indicator name first, else from the row's values.</summary>
internal static partial class RowUnit
{
    /// <param name="valueCells">The row's target and actual cells, every period, as printed.</param>
    public static Unit Of(string indicator, IEnumerable<string> valueCells)
    {
        var cells = valueCells.ToList();
        if (FromName(indicator) is { } named) return named;
        var fromValues = FromValues(cells);
        // "rate of" is the contract's last, weak name rule: percentages printed with "%" win over it.
        return indicator.Contains("rate of", StringComparison.OrdinalIgnoreCase) && fromValues != Unit.Percent ? Unit.Rate : fromValues;
    }

    /// <summary>The contract's name rules, checked in the order it lists them.</summary>
    public static Unit? FromName(string indicator)
    {
        var n = indicator.ToLowerInvariant();
        if (n.Contains("(days)", StringComparison.Ordinal) || n.Contains("no. of days", StringComparison.Ordinal)
            || n.Contains("number of days", StringComparison.Ordinal)) return Unit.Days;
        if (n.Contains("(seconds)", StringComparison.Ordinal)) return Unit.Seconds;
        if (n.Contains("per 1,000", StringComparison.Ordinal) || n.Contains("per 10,000", StringComparison.Ordinal)
            || n.Contains("per 100,000", StringComparison.Ordinal))
            return Unit.Rate;
        // Whole words only: "backgrounds" must not read as kilograms.
        if (WeightWord().IsMatch(n)) return Unit.Weight;
        if (n.Contains('£')) return Unit.Currency;
        if (n.Contains('%') || n.Contains("percentage", StringComparison.Ordinal) || n.Contains("proportion", StringComparison.Ordinal))
            return Unit.Percent;
        return null;
    }

    /// <summary>Most value cells carry % -> percent; any numbers -> count; none -> text.</summary>
    public static Unit FromValues(IEnumerable<string> valueCells)
    {
        var numeric = 0;
        var percent = 0;
        foreach (var cell in valueCells)
        {
            if (AbsenceMarkers.IsAbsent(cell)) continue;
            var numbers = CellNumbers.Read(cell).Numbers;
            if (numbers.Count == 0) continue;
            numeric++;
            if (numbers.Any(x => x.Percent)) percent++;
        }
        if (numeric == 0) return Unit.Text;
        return percent * 2 > numeric ? Unit.Percent : Unit.Count;
    }

    [GeneratedRegex(@"\b(?:kg|tonnes)\b")]
    private static partial Regex WeightWord();
}
