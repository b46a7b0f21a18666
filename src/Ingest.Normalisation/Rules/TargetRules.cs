namespace Ingest.Normalisation;

/// <summary>How a target cell is qualified (the <c>targets</c> section).</summary>
public sealed record TargetRules
{
    /// <summary>Tried in order; the first match gives the qualifier.</summary>
    public List<QualifierRule> Qualifiers { get; init; } = [];

    /// <summary>Words that may stand beside a target number without making the target free text.</summary>
    public List<string> UnitWords { get; init; } = [];
}

/// <summary>A regular expression and the <c>target_qualifier</c> it gives.</summary>
public sealed record QualifierRule
{
    public string Qualifier { get; init; } = "";
    public string Pattern { get; init; } = "";
}
