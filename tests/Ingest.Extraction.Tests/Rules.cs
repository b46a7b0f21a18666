using Ingest.Core.Rules;

namespace Ingest.Extraction.Tests;

/// <summary>The real extraction rules, as shipped, so tests exercise what users run.</summary>
internal static class Rules
{
    public static readonly RulesDirectory Directory = RulesDirectory.Locate();

    public static ScorecardExtractor Extractor() => ScorecardExtractor.FromRules(Directory);
}
