using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Extraction;

namespace Ingest.Cli.Processing;

/// <summary>The outcome of reading and extracting one file: a result, or a one-line error.</summary>
/// <param name="Skipped">The same content was already loaded by this extractor version: nothing was done.</param>
/// <param name="Findings">What the per-document checks found (a RAG against its numbers, a summary against the rows).</param>
/// <param name="ReadWith">The engine that read the file, where its format has several (PDF: pdfpig or mutool).</param>
public sealed record ProcessedDocument(string Path, DocumentSource? Source, ExtractionResult? Result, string? Error,
    DocumentTimings Timings, bool Skipped = false, IReadOnlyList<Core.Observations.Finding>? Findings = null, string? ReadWith = null)
{
    public bool Succeeded => Result is not null && Error is null;
}
