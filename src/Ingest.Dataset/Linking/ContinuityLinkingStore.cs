using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Dataset.Linking;

/// <summary>
/// Loads through another store, tying each document's provisional series to the council's series already
/// loaded when the values continue them (<see cref="ContinuityRelinker"/>). Documents load one at a time in
/// input order, so an earlier report is in the store before a later one is linked against it.
/// </summary>
public sealed class ContinuityLinkingStore : IObservationStore
{
    private readonly IObservationStore _inner;
    private readonly ContinuityRelinker _relinker;
    private readonly Func<string, IReadOnlyDictionary<string, PrintedIndicator>> _earlierSeries;
    private readonly List<SeriesLink> _links = [];

    /// <param name="earlierSeries">A council's series as loaded so far, by key, with their values by period label.</param>
    public ContinuityLinkingStore(IObservationStore inner, ContinuityRelinker relinker, Func<string, IReadOnlyDictionary<string, PrintedIndicator>> earlierSeries)
    {
        _inner = inner;
        _relinker = relinker;
        _earlierSeries = earlierSeries;
    }

    /// <summary>Every pair found while loading, sure (relinked) and unsure (left provisional).</summary>
    public IReadOnlyList<SeriesLink> Links => _links;

    public long SaveDocument(DocumentLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!load.Observations.Any(o => o.Mapping?.Method == MatchMethod.Provisional)) return _inner.SaveDocument(load);
        var result = _relinker.Relink(load.Observations, _earlierSeries(load.Council));
        _links.AddRange(result.Links);
        return _inner.SaveDocument(load with { Observations = result.Observations });
    }

    public IReadOnlySet<string> CurrentContent(string extractorVersion) => _inner.CurrentContent(extractorVersion);

    public long RecordFailure(DocumentSource source, string error, DocumentTimings timings) => _inner.RecordFailure(source, error, timings);

    public void Dispose() => _inner.Dispose();
}
