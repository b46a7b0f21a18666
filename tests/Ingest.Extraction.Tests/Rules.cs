namespace Ingest.Extraction.Tests;

/// <summary>The extractor built from the real extraction rules, as shipped, so tests exercise what users run.</summary>
internal static class Rules
{
    public static ScorecardExtractor Extractor() => ScorecardExtractor.FromRules(RealRules.Directory);
}
