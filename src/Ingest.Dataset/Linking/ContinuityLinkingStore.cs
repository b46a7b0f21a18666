using Ingest.Core.Pipeline;
using Ingest.Core.Tables;

namespace Ingest.Dataset.Linking;

/// <summary>
/// Loads through another store, tying each document's provisional series to the council's series already
/// loaded when the values continue them (<see cref="ContinuityAtLoad"/>). Documents load one at a time in
/// input order, so an earlier report is in the store before a later one is linked against it.
/// </summary>
public sealed class ContinuityLinkingStore(IObservationStore inner, ContinuityAtLoad continuity) : IObservationStore
{
    /// <summary>Every pair found while loading, sure (relinked) and unsure (left provisional).</summary>
    public IReadOnlyList<SeriesLink> Links => continuity.Links;

    public long SaveDocument(DocumentLoad load) => inner.SaveDocument(continuity.Apply(load));

    public IReadOnlySet<string> CurrentContent(string extractorVersion) => inner.CurrentContent(extractorVersion);

    public long RecordFailure(DocumentSource source, string error, DocumentTimings timings) => inner.RecordFailure(source, error, timings);

    public void Dispose() => inner.Dispose();
}
