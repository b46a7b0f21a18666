using System.Globalization;
using CorpusBuilder.Derivation;
using Ingest.Core.Observations;

namespace CorpusBuilder.RealKpi;

/// <summary>
/// One indicator of a KPI report in boxes (invented test data): its service area, which way is good, target and
/// floor standard, how its figures print, whether it is a rolling-12-month measure, and whether it is only an
/// activity indicator (a chart with no RAG and no target, which is context and gives no observations).
/// </summary>
internal sealed record KpiBox(
    string Name,
    string Area,
    Polarity Polarity,
    decimal Target,
    decimal Floor,
    decimal Start,
    bool Percent,
    int Decimals,
    bool Rolling = false,
    bool Activity = false)
{
    public string Print(decimal value) =>
        (Percent || Decimals > 0
            ? value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value.ToString("#,0", CultureInfo.InvariantCulture)) + (Percent ? "%" : "");

    public Rag RagOf(decimal value)
    {
        bool Meets(decimal standard) => Polarity == Polarity.Lower ? value <= standard : value >= standard;
        return Meets(Target) ? Rag.Green : Meets(Floor) ? Rag.Amber : Rag.Red;
    }

    /// <summary>
    /// The <paramref name="months"/> monthly figures up to <paramref name="lastMonth"/>, oldest first. The series runs
    /// from January 2015 on one stream keyed by <paramref name="key"/> and the name, so reports of later quarters
    /// reprint the same months with the same figures.
    /// </summary>
    public IReadOnlyList<decimal> Monthly(DateOnly lastMonth, int months, string key)
    {
        var length = (lastMonth.Year - 2015) * 12 + lastMonth.Month;
        var random = new SeededRandom($"{key}|{Name}");
        var spread = Math.Max(Math.Abs(Target - Floor), Math.Max(1m, Target * 0.05m));
        var values = new List<decimal>();
        var value = Start;
        for (var i = 0; i < length; i++)
        {
            // Each month moves a little and is pulled back towards the starting level, as a managed service's figures are.
            if (i > 0 && !random.Chance(0.15)) value += random.Signed() * spread * 0.6m + (Start - value) * 0.3m;
            value = Math.Max(0m, Percent ? Math.Min(100m, value) : value);
            value = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
            values.Add(value);
        }
        return values.Skip(length - months).ToList();
    }
}
