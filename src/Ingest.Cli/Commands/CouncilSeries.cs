using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;
using Ingest.Store;

namespace Ingest.Cli.Commands;

/// <summary>A council's loaded series as the linker reads them, and the load-time continuity link over any store database.</summary>
public static class CouncilSeries
{
    /// <summary>Each series of the council by key: its latest printed name and unit, and its current value per period.</summary>
    public static IReadOnlyDictionary<string, PrintedIndicator> Loaded(IStoreDatabase database, string council)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.CouncilSeries(council)
            .GroupBy(p => p.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PrintedIndicator(g.Last().Indicator)
            {
                Unit = g.Last().Unit,
                Values = g.Where(p => p.Actual is not null).GroupBy(p => p.PeriodLabel, StringComparer.Ordinal)
                    .ToDictionary(p => p.Key, p => p.Last().Actual!.Value, StringComparer.Ordinal),
            }, StringComparer.Ordinal);
    }

    /// <summary>
    /// The continuity link over a database: each document's renamed series loads under the key the council's
    /// earlier reports gave it when the values continue it. Null without the linker's model.
    /// </summary>
    public static ContinuityAtLoad? Continuity(IStoreDatabase database, string? rulesPath)
    {
        var matcher = IndicatorMatcher.FromRules(RulesDirectory.Locate(rulesPath));
        if (matcher.Linker is not { } linker) return null;
        return new ContinuityAtLoad(new ContinuityRelinker(linker, matcher.Settings), council => Loaded(database, council));
    }

    /// <summary>The store, loading through <see cref="Continuity"/> where the linker's model is there.</summary>
    public static IObservationStore WithContinuity(IObservationStore store, IStoreDatabase database, string? rulesPath) =>
        Continuity(database, rulesPath) is { } continuity ? new ContinuityLinkingStore(store, continuity) : store;
}
