using CorpusBuilder.Derivation;
using Ingest.Core.Observations;

namespace CorpusBuilder.Randomised;

/// <summary>
/// One invented indicator's figures in one document: its target (printed with or without a qualifier) and an
/// actual per quarter, latest first, with one quarter more than printed so the latest always has a direction.
/// RAG follows the key the documents print: green on or better than target, amber within 5%, red beyond.
/// </summary>
internal sealed record IndicatorFigures(InventedIndicator Indicator, decimal Target, string TargetPrinted, IReadOnlyList<decimal> Actuals)
{
    public static IndicatorFigures Draw(SeededRandom random, InventedIndicator indicator, int quarters)
    {
        var target = indicator.Rounded(random.Between(indicator.Low, indicator.High));
        if (indicator.Kind == FigureKind.Percent) target = Math.Round(target, 0);
        var prefix = random.Chance(0.3)
            ? random.Pick(indicator.Polarity == Polarity.Lower ? new[] { "<=", "≤", "<" } : new[] { ">=", "≥", ">" })
            : "";
        var printed = prefix + (indicator.Kind == FigureKind.Percent ? $"{target:0}%" : indicator.Print(target));
        var actuals = new List<decimal>();
        var value = target * (1m + random.Signed() * 0.12m);
        for (var q = 0; q <= quarters; q++)
        {
            if (q > 0 && !random.Chance(0.12)) value += random.Signed() * (indicator.High - indicator.Low) * 0.08m;
            value = Math.Max(indicator.Low / 2, value);
            if (indicator.Kind == FigureKind.Percent) value = Math.Min(100m, value);
            value = indicator.Rounded(value);
            actuals.Add(value);
        }
        return new IndicatorFigures(indicator, target, printed, actuals);
    }

    public Rag RagOf(decimal actual)
    {
        var higher = Indicator.Polarity != Polarity.Lower;
        if (higher ? actual >= Target : actual <= Target) return Rag.Green;
        return (higher ? actual >= Target * 0.95m : actual <= Target * 1.05m) ? Rag.Amber : Rag.Red;
    }

    /// <summary>Latest against the quarter before: the true direction of travel and the way the figure moved.</summary>
    public (Direction Dot, Arrow ValueMoved) Travel()
    {
        var (now, before) = (Actuals[0], Actuals[1]);
        if (now == before) return (Direction.Same, Arrow.Level);
        var up = now > before;
        var better = up == (Indicator.Polarity != Polarity.Lower);
        return (better ? Direction.Improving : Direction.Declining, up ? Arrow.Up : Arrow.Down);
    }
}
