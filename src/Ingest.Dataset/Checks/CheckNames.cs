namespace Ingest.Dataset.Checks;

/// <summary>The checks' stable names (finding.check_name).</summary>
public static class CheckNames
{
    public const string RagVsValues = "rag-vs-values";
    public const string RagSummary = "rag-summary";
    public const string ValueJump = "value-jump";
    public const string DirectionOfTravel = "direction-of-travel";
    public const string SilentRevision = "silent-revision";

    public static readonly IReadOnlyList<string> All = [RagVsValues, RagSummary, ValueJump, DirectionOfTravel, SilentRevision];
}
