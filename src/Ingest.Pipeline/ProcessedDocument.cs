using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Extraction;

namespace Ingest.Pipeline;

/// <summary>The outcome of reading and extracting one file: a result, or a one-line error.</summary>
/// <param name="Skipped">The same content was already loaded by this extractor version: nothing was done.</param>
/// <param name="Findings">What the per-document checks found (a RAG against its numbers, a summary against the rows).</param>
/// <param name="ReadWith">The engine that read the file, where its format has several (PDF: pdfpig or mutool).</param>
public sealed record ProcessedDocument(string Path, DocumentSource? Source, ExtractionResult? Result, string? Error,
    DocumentTimings Timings, bool Skipped = false, IReadOnlyList<Core.Observations.Finding>? Findings = null, string? ReadWith = null)
{
    public bool Succeeded => Result is not null && Error is null;

    /// <summary>What the store saves for a document that succeeded, stamped with the extractor version that read it.</summary>
    public DocumentLoad ToLoad(string version)
    {
        if (!Succeeded) throw new InvalidOperationException($"{Path} failed ({Error}): there is nothing to load");
        var result = Result!;
        return new DocumentLoad(Source!, result.Council, result.Title, result.ReportingPeriod?.Label, result.TableCount,
            result.Observations, Timings, result.Actions, version, ReportingPeriodDates: result.ReportingPeriod, Findings: Findings);
    }

    /// <summary>
    /// Saves the result, or records the failure, in <paramref name="store"/>; a store error is this document's
    /// failure (returned as its one line), not the run's.
    /// </summary>
    public string? SaveTo(IObservationStore store, string version)
    {
        try
        {
            if (Succeeded) store.SaveDocument(ToLoad(version));
            else if (Source is not null) store.RecordFailure(Source, Error!, Timings);
            return null;
        }
        catch (System.Data.Common.DbException e)
        {
            return $"could not be stored: {e.Message}";
        }
    }
}
