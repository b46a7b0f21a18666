using Ingest.Core.Rules;
using Ingest.Extraction;
using Ingest.Readers;

namespace Ingest.Cli.Processing;

/// <summary>Builds the pipeline's stages from the extraction rules.</summary>
public static class Pipeline
{
    public static DocumentProcessor Create(string? rulesPath = null)
    {
        var rules = RulesDirectory.Locate(rulesPath);
        return new DocumentProcessor(ReaderRegistry.Default(rules), ScorecardExtractor.FromRules(rules));
    }
}
