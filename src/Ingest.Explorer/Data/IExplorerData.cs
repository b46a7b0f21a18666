using Ingest.Store;
using Ingest.Store.Findings;

namespace Ingest.Explorer.Data;

/// <summary>
/// Everything the explorer reads, and nothing it could write: the store behind it (SQLite today) is swapped by
/// giving the explorer another implementation.
/// </summary>
public interface IExplorerData
{
    /// <summary>Every indicator id in the current view, with its councils, periods and counts.</summary>
    IReadOnlyList<IndicatorUsage> Indicators();

    /// <summary>Each printed indicator name per council, with the id it was mapped to.</summary>
    IReadOnlyList<LoadedName> Names();

    /// <summary>The current value per council and period of one indicator; null or empty councils keeps them all.</summary>
    IReadOnlyList<SeriesPoint> Series(string indicatorId, IReadOnlyCollection<string>? councils);

    /// <summary>One observation with its document, or null when there is no observation with that id.</summary>
    ObservationDetail? Observation(long id);

    /// <summary>One loaded document's file, or null when the id is unknown.</summary>
    StoredDocument? Document(long id);

    IReadOnlyList<StoredFinding> Findings();
}
