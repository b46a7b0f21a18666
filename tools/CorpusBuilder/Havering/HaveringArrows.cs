using Ingest.Core.Observations;

namespace CorpusBuilder.Havering;

/// <summary>
/// Havering's direction arrows show performance: up when the quarter's value is better than the comparator
/// (higher for "Bigger is better", lower for "Smaller is better"), down when worse, right when equal at the
/// printed precision, "-" when either value is missing or the polarity is unknown. The seed's OCR readings of
/// the arrows (^ 1 + y Ψ * Л ...) are not used.
/// </summary>
internal static class HaveringArrows
{
    public const string Better = "↑";
    public const string Worse = "↓";
    public const string Same = "→";
    public const string None = "-";

    /// <summary>
    /// Two seed rows print an arrow over an empty comparator cell (the OCR lost the value). The direction is kept
    /// as the row's own comment states it; no comparator value is invented.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Arrow, string Why)> LongArrowWithoutValue =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["Rate of permanent admissions to residential and nursing care homes per 100,000 population (aged 65+)"] =
                (Better, "the comment: 50 admitted in Q1 against 73 at the same stage last year (smaller is better)"),
            ["% of looked after children placements lasting at least 2 years"] =
                (Worse, "the comment: \"worse than at the same point last year\""),
        };

    public static HaveringLine Choose(HaveringLine line)
    {
        var polarity = HaveringReading.Polarity(line);
        var unit = HaveringReading.Unit(line);
        var shortArrow = Compare(polarity, unit, line.Performance, line.ShortValue);
        var longArrow = line.LongValue.Length == 0 && LongArrowWithoutValue.TryGetValue(line.Indicator, out var kept)
            ? kept.Arrow
            : Compare(polarity, unit, line.Performance, line.LongValue);
        return line with { ShortArrow = shortArrow, LongArrow = longArrow };
    }

    public static string Compare(Polarity? polarity, Unit unit, string performance, string comparator)
    {
        var now = HaveringReading.Number(performance, unit);
        var then = HaveringReading.Number(comparator, unit);
        if (now is null || then is null || polarity is null or Polarity.None) return None;
        if (now.Value == then.Value) return Same;
        var better = polarity == Polarity.Higher ? now.Value > then.Value : now.Value < then.Value;
        return better ? Better : Worse;
    }

    /// <summary>What the arrow says about performance, for dot and dot_yoy.</summary>
    public static Direction? Direction(string arrow) => arrow switch
    {
        Better => Ingest.Core.Observations.Direction.Improving,
        Worse => Ingest.Core.Observations.Direction.Declining,
        Same => Ingest.Core.Observations.Direction.Same,
        _ => null,
    };
}
