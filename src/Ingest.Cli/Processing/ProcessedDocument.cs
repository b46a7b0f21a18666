using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Extraction;

namespace Ingest.Cli.Processing;

/// <summary>The outcome of reading and extracting one file: a result, or a one-line error.</summary>
/// <param name="Skipped">The same content was already loaded by this extractor version: nothing was done.</param>
public sealed record ProcessedDocument(string Path, DocumentSource? Source, ExtractionResult? Result, string? Error,
    DocumentTimings Timings, bool Skipped = false)
{
    public bool Succeeded => Result is not null && Error is null;
}
