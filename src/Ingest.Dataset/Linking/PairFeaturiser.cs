using Ingest.Dataset.Catalogue;

namespace Ingest.Dataset.Linking;

/// <summary>Turns two printed indicators into <see cref="PairFeatures"/>; the TF-IDF weights come from the catalogue.</summary>
public sealed class PairFeaturiser
{
    private readonly TfIdfIndex _index;

    public PairFeaturiser(TfIdfIndex index) => _index = index;

    public TfIdfIndex Index => _index;

    /// <summary>What one side contributes, computed once per name and reused against every candidate.</summary>
    public sealed record Side(PrintedIndicator Printed, SparseVector Chars, SparseVector Words, IReadOnlySet<string> Numbers, string Unit);

    public Side Prepare(PrintedIndicator printed)
    {
        var normal = IndicatorNameNormaliser.Normalise(NumberPhrases.WithoutCodes(printed.Name));
        var unit = printed.Unit.Length > 0 ? printed.Unit : UnitGuess.Of(printed.Name);
        return new Side(printed, _index.CharVector(normal), _index.WordVector(normal), NumberPhrases.Of(printed.Name), unit);
    }

    public PairFeatures Features(PrintedIndicator a, PrintedIndicator b) => Features(Prepare(a), Prepare(b));

    public static PairFeatures Features(Side a, Side b)
    {
        var union = a.Numbers.Union(b.Numbers).Count();
        var shared = a.Numbers.Intersect(b.Numbers).Count();
        var (continuity, periods) = ValueContinuity(a.Printed.Values, b.Printed.Values);
        return new PairFeatures
        {
            CharCosine = a.Chars.Cosine(b.Chars),
            WordCosine = a.Words.Cosine(b.Words),
            SharedNumbers = union == 0 ? 1f : (float)shared / union,
            NumberConflict = a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.SetEquals(b.Numbers) ? 1f : 0f,
            UnitAgree = a.Unit.Length > 0 && a.Unit == b.Unit ? 1f : 0f,
            UnitConflict = a.Unit.Length > 0 && b.Unit.Length > 0 && a.Unit != b.Unit ? 1f : 0f,
            PolarityConflict = Known(a.Printed.Polarity) && Known(b.Printed.Polarity) && a.Printed.Polarity != b.Printed.Polarity ? 1f : 0f,
            TargetEqual = a.Printed.Target is { } ta && b.Printed.Target is { } tb && Same(ta, tb) ? 1f : 0f,
            Continuity = continuity,
            SharedPeriods = Math.Min(periods, 4),
            SameSection = a.Printed.Section.Length > 0 && string.Equals(a.Printed.Section, b.Printed.Section, StringComparison.OrdinalIgnoreCase) ? 1f : 0f,
            PositionCloseness = a.Printed.Position is { } pa && b.Printed.Position is { } pb ? 1f - (float)Math.Abs(pa - pb) : 0f,
        };
    }

    /// <summary>The share of the periods both report whose values agree, and how many periods that is.</summary>
    public static (float Share, int Periods) ValueContinuity(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var periods = 0;
        var equal = 0;
        foreach (var (period, value) in a)
        {
            if (!b.TryGetValue(period, out var other)) continue;
            periods++;
            if (Same(value, other)) equal++;
        }
        return periods == 0 ? (0f, 0) : ((float)equal / periods, periods);
    }

    private static bool Known(string polarity) => polarity is "higher" or "lower";

    // Reports round differently (72.4 vs 72.43), so values within half a percent are the same figure.
    private static bool Same(double a, double b) => Math.Abs(a - b) <= Math.Max(1e-9, 0.005 * Math.Max(Math.Abs(a), Math.Abs(b)));
}
