using Ingest.Pipeline;
using Ingest.Core.Observations;
using Ingest.Extraction;
using Ingest.Readers;

namespace Ingest.Cli.Tests.Checks;

/// <summary>A corpus document read and extracted by the real pipeline, with what the document checks find in it.</summary>
internal sealed record CheckedDocument(string Path, IReadOnlyList<string> Paragraphs, IReadOnlyList<Observation> Observations, IReadOnlyList<Finding> Findings)
{
    private static readonly Lazy<(ReaderRegistry Readers, ScorecardExtractor Extractor, global::Ingest.Dataset.Checks.DocumentChecks Checks)> Stages = new(() =>
    {
        var rules = RealRules.Directory;
        return (new IngestPipelineBuilder().UseRules(rules).BuildReaders(), ScorecardExtractor.FromRules(rules), global::Ingest.Dataset.Checks.DocumentChecks.FromRules(rules));
    });

    public static CheckedDocument Load(string path)
    {
        var (readers, extractor, checks) = Stages.Value;
        var reader = readers.For(path) ?? throw new InvalidOperationException($"no reader for {path}");
        Core.Tables.DocumentContent content;
        using (var stream = File.OpenRead(path))
            content = reader.Read(DocumentSources.FromFile(path), stream, CancellationToken.None);
        var result = extractor.Extract(content);
        return new CheckedDocument(path, content.Paragraphs, result.Observations, checks.Run(result.Council, result.Observations, content.Paragraphs));
    }
}
