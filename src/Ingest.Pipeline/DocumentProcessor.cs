using System.Diagnostics;
using Ingest.Core.Pipeline;
using Ingest.Dataset.Checks;
using Ingest.Dataset.Enrichment;
using Ingest.Extraction;
using Ingest.Readers;

namespace Ingest.Pipeline;

/// <summary>
/// Read -> extract for one file. Every failure becomes a one-line, per-document error so that a
/// bad file never stops a run.
/// </summary>
public sealed class DocumentProcessor
{
    private readonly ReaderRegistry _readers;
    private readonly IScorecardExtractor _extractor;
    private readonly ObservationEnricher? _enricher;
    private readonly DocumentChecks? _checks;
    private readonly double? _ocrDoubt;

    /// <param name="enricher">Gives observations their catalogue identity and council code; none leaves them as extracted.</param>
    /// <param name="checks">The checks that need the document itself (its RAG summary, its rows); none runs no checks.</param>
    /// <param name="ocrDoubt">The confidence an OCR'd row whose RAG contradicts its numbers is lowered to
    /// (<see cref="OcrNumberDoubts"/>); none leaves OCR'd rows as read.</param>
    public DocumentProcessor(ReaderRegistry readers, IScorecardExtractor extractor, string version,
        ObservationEnricher? enricher = null, DocumentChecks? checks = null, double? ocrDoubt = null)
    {
        _ocrDoubt = ocrDoubt;
        _readers = readers;
        _extractor = extractor;
        _enricher = enricher;
        _checks = checks;
        Version = version;
    }

    /// <summary>The readers, one per format.</summary>
    public ReaderRegistry Readers => _readers;

    /// <summary>The extractor version (<see cref="ExtractorVersion"/>) recorded with every load.</summary>
    public string Version { get; }

    /// <param name="skip">Content (by SHA-256) that needs no work: such a document comes back marked Skipped.</param>
    public ProcessedDocument Process(string path, ExtractionOptions? options = null, IReadOnlySet<string>? skip = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Core.Tables.DocumentSource? source = null;
        try
        {
            source = DocumentSources.FromFile(path);
            if (skip is not null && skip.Contains(source.Sha256))
                return new ProcessedDocument(path, source, null, null, DocumentTimings.Zero, Skipped: true);
            var reader = _readers.For(path)
                         ?? throw new DocumentException($"no reader for '{Path.GetExtension(path)}' files");
            Core.Tables.DocumentContent content;
            using (var stream = File.OpenRead(path))
                content = reader.Read(source, stream, cancellationToken);
            var read = clock.Elapsed;
            var result = _extractor.Extract(content, options);
            if (_enricher is not null) result = result with { Observations = _enricher.Enrich(result.Observations) };
            var findings = _checks?.Run(result.Council, result.Observations, content.Paragraphs);
            if (_ocrDoubt is { } doubtful)
                result = result with { Observations = OcrNumberDoubts.Flag(content, result.Observations, findings, doubtful) };
            return new ProcessedDocument(path, source, result, null, new DocumentTimings(read, clock.Elapsed - read, TimeSpan.Zero),
                Findings: findings, ReadWith: content.ReadWith);
        }
        catch (DocumentException e)
        {
            return Failed(path, source, e.Message, clock.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, source, $"cannot read the file: {e.Message}", clock.Elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unexpected failure is still one document's problem, reported with enough to file a bug.
            return Failed(path, source, $"internal error ({e.GetType().Name}): {e.Message}", clock.Elapsed);
        }
    }

    private static ProcessedDocument Failed(string path, Core.Tables.DocumentSource? source, string error, TimeSpan elapsed) =>
        new(path, source, null, error, new DocumentTimings(elapsed, TimeSpan.Zero, TimeSpan.Zero));
}
