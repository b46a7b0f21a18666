using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Ingest.Dataset.Linking;
using Ingest.Store;
using Ingest.Store.Postgres;

namespace Ingest.Cli.Commands;

/// <summary>A council's loaded series as the linker reads them, and the load-time continuity link over a SQLite store.</summary>
public static class CouncilSeries
{
    /// <summary>Each series of the council by key: its latest printed name and unit, and its current value per period.</summary>
    public static IReadOnlyDictionary<string, PrintedIndicator> Loaded(string dbPath, string council) =>
        CurrentSeries.ForCouncil(dbPath, council)
            .GroupBy(p => p.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PrintedIndicator(g.Last().Indicator)
            {
                Unit = g.Last().Unit,
                Values = g.Where(p => p.Actual is not null).GroupBy(p => p.PeriodLabel, StringComparer.Ordinal)
                    .ToDictionary(p => p.Key, p => p.Last().Actual!.Value, StringComparer.Ordinal),
            }, StringComparer.Ordinal);

    /// <summary>
    /// The store, loading each document's renamed series under the key the council's earlier reports gave it
    /// when the values continue it. Only a SQLite store (read back through its file) and only with the linker's model.
    /// </summary>
    public static IObservationStore WithContinuity(IObservationStore store, string db, string? rulesPath)
    {
        if (StoreDatabases.IsPostgres(db)) return store;
        var matcher = IndicatorMatcher.FromRules(RulesDirectory.Locate(rulesPath));
        if (matcher.Linker is not { } linker) return store;
        return new ContinuityLinkingStore(store, new ContinuityRelinker(linker, matcher.Settings), council => Loaded(db, council));
    }
}
