using Ingest.Core.Observations;
using Ingest.Core.Pipeline;

namespace Ingest.Dataset.Linking;

/// <summary>
/// The load-time continuity link, for whatever loads documents (a store, the queue worker): a document's
/// provisional series take the key of the council's series already loaded when their values continue it
/// (<see cref="ContinuityRelinker"/>). Safe to share between the threads that load documents.
/// </summary>
public sealed class ContinuityAtLoad
{
    private readonly ContinuityRelinker _relinker;
    private readonly Func<string, IReadOnlyDictionary<string, PrintedIndicator>> _earlierSeries;
    private readonly List<SeriesLink> _links = [];
    private readonly Lock _gate = new();

    /// <param name="earlierSeries">A council's series as loaded so far, by key, with their values by period label.</param>
    public ContinuityAtLoad(ContinuityRelinker relinker, Func<string, IReadOnlyDictionary<string, PrintedIndicator>> earlierSeries)
    {
        _relinker = relinker;
        _earlierSeries = earlierSeries;
    }

    /// <summary>Every pair found so far, sure (relinked) and unsure (left provisional).</summary>
    public IReadOnlyList<SeriesLink> Links
    {
        get
        {
            lock (_gate) return _links.ToList();
        }
    }

    /// <summary>The load with its renamed series under their earlier keys; the same load when it has no provisional series.</summary>
    public DocumentLoad Apply(DocumentLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!load.Observations.Any(o => o.Mapping?.Method == MatchMethod.Provisional)) return load;
        var result = _relinker.Relink(load.Observations, _earlierSeries(load.Council));
        lock (_gate) _links.AddRange(result.Links);
        return load with { Observations = result.Observations };
    }
}
