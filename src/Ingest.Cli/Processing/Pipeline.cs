using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Extraction;
using Ingest.Normalisation;
using Ingest.Readers;
using Ingest.Readers.Docx;
using Ingest.Readers.Html;
using Ingest.Readers.Xlsx;

namespace Ingest.Cli.Processing;

/// <summary>Builds the pipeline's stages from the extraction rules: one reader per format, one extractor.</summary>
public static class Pipeline
{
    public static DocumentProcessor Create(string? rulesPath = null)
    {
        var rules = RulesDirectory.Locate(rulesPath);
        IDocumentReader[] readers = [new DocxReader(SymbolFontMap.Load(rules)), new HtmlReader(), new XlsxReader()];
        var extractor = ScorecardExtractor.FromRules(rules);
        var version = ExtractorVersion.Of(rules,
            readers.Select(r => r.GetType().Assembly).Append(typeof(ScorecardExtractor).Assembly).Append(typeof(Normaliser).Assembly));
        return new DocumentProcessor(new ReaderRegistry(readers), extractor, version);
    }
}
