using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Core.Pipeline;

/// <summary>Stage 5: where observations are loaded. One document is one transaction.</summary>
public interface IObservationStore : IDisposable
{
    /// <summary>
    /// Loads a document's observations in one transaction, replacing any earlier load of the same
    /// content (same SHA-256), so loading twice changes nothing. Returns the document id.
    /// </summary>
    long SaveDocument(DocumentLoad load);

    /// <summary>
    /// The content hashes already loaded successfully by this extractor version, so a re-run can skip them.
    /// A changed extractor or changed rules (another version) makes every document stale.
    /// </summary>
    IReadOnlySet<string> CurrentContent(string extractorVersion);

    /// <summary>Records a document that failed; any rows from an earlier load of the same content are removed.</summary>
    long RecordFailure(DocumentSource source, string error, DocumentTimings timings);
}

/// <param name="Title">The document's title or subject, where found.</param>
/// <param name="ReportingPeriod">Label of the period the document reports on, e.g. "Q1 2023/24".</param>
/// <param name="ReportingPeriodDates">The same period with its dates: re-reported values are revisions, and the
/// report of the latest period wins in the default view.</param>
/// <param name="Findings">Findings of the per-document checks (those that need the document itself).</param>
public sealed record DocumentLoad(
    DocumentSource Source,
    string Council,
    string? Title,
    string? ReportingPeriod,
    int TableCount,
    IReadOnlyList<Observation> Observations,
    DocumentTimings Timings,
    IReadOnlyList<ActionItem>? Actions = null,
    string? ExtractorVersion = null,
    Period? ReportingPeriodDates = null,
    IReadOnlyList<Finding>? Findings = null);

public sealed record DocumentTimings(TimeSpan Read, TimeSpan Extract, TimeSpan Load)
{
    public static readonly DocumentTimings Zero = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
