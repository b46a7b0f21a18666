using System.Globalization;
using CorpusBuilder.Derivation;
using Ingest.Core.Observations;

namespace CorpusBuilder.KpiBlocks;

/// <summary>One KPI's figure for a quarter, as printed, with the number it stands for and its RAG.</summary>
internal sealed record KpiFigure(string Printed, decimal Value, Rag Rag);

/// <summary>
/// The generated quarterly series (test data). Q2 2023/24 is the indicator's start figure; each later quarter
/// moves on from the one before by a seeded step of up to 6% of the target. The RAG follows the report's key:
/// green when the target is met, amber when only the floor standard is, red below the floor.
/// </summary>
internal sealed class KpiBlockSeries
{
    public static readonly Period First = Period.FinancialQuarter(2023, 2);

    private readonly Dictionary<(string Ref, string Period), KpiFigure> _figures = new();

    public KpiFigure Figure(KpiBlockIndicator indicator, Period quarter)
    {
        if (quarter.Start < First.Start) throw new ArgumentOutOfRangeException(nameof(quarter), "the series starts in Q2 2023/24");
        if (_figures.TryGetValue((indicator.Ref, quarter.Label), out var known)) return known;
        decimal value;
        if (quarter == First) value = indicator.Start;
        else
        {
            var before = Figure(indicator, Harrow.Scorecard.ScorecardPeriods.Previous(quarter)).Value;
            var random = new SeededRandom($"kpi-blocks|{indicator.Ref}|{quarter.Label}");
            value = before + random.Signed() * indicator.Target * 0.06m;
            if (indicator.Percent) value = Math.Min(100m, value);
            value = Math.Max(0m, value);
        }
        value = Math.Round(value, indicator.Decimals, MidpointRounding.AwayFromZero);
        var figure = new KpiFigure(Print(indicator, value, indicator.Decimals), value, Rate(indicator, value));
        _figures[(indicator.Ref, quarter.Label)] = figure;
        return figure;
    }

    public static string Print(KpiBlockIndicator indicator, decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + (indicator.Percent ? "%" : "");

    public static Rag Rate(KpiBlockIndicator indicator, decimal value)
    {
        bool Meets(decimal standard) => indicator.Polarity == Polarity.Lower ? value <= standard : value >= standard;
        return Meets(indicator.Target) ? Rag.Green : Meets(indicator.Floor) ? Rag.Amber : Rag.Red;
    }
}
