using Ingest.Core.Rules;

namespace Ingest.Dataset.Checks;

// YamlDotNet fills concrete collections only, so the rule records use List; nothing changes them after loading.

/// <summary>The checks' thresholds and the councils' RAG keys: <c>extraction-rules/tolerances.yaml</c>.</summary>
public sealed record CheckRules
{
    public const string FileName = "tolerances.yaml";

    /// <summary>Tried in order; the first whose council and dates fit an observation is its council's RAG key.</summary>
    public List<RagToleranceRule> RagTolerances { get; init; } = [];

    public RagSummaryRules RagSummary { get; init; } = new();
    public ValueJumpRules ValueJump { get; init; } = new();
    public DirectionRules DirectionOfTravel { get; init; } = new();
    public RevisionRules SilentRevision { get; init; } = new();

    public static CheckRules Load(RulesDirectory rules) => rules.Load<CheckRules>(FileName);
}

/// <summary>
/// One council's RAG key: green on or better than target, amber when off by less than <see cref="AmberWithin"/>,
/// red beyond. Reports rarely say whether "5%" is relative to the target or percentage points, so a rule may
/// accept either reading (<see cref="Measures"/>): a RAG is only doubted when no reading gives it.
/// </summary>
public sealed record RagToleranceRule
{
    /// <summary>Council key, or <c>*</c> for the default rule.</summary>
    public string Council { get; init; } = "*";

    /// <summary>ISO dates bounding the periods (by their start) the key applies to; empty means open.</summary>
    public string From { get; init; } = "";
    public string To { get; init; } = "";

    /// <summary>The amber band in percent (of the target, or points for percent rows).</summary>
    public decimal AmberWithin { get; init; } = 5;

    /// <summary><c>relative</c> (shortfall / target) and/or <c>points</c> (shortfall in percentage points, percent rows only).</summary>
    public List<string> Measures { get; init; } = ["relative"];

    /// <summary>RAGs accepted when the actual equals the target as printed (rounded figures hide a miss).</summary>
    public List<string> AtTarget { get; init; } = ["green"];

    /// <summary>
    /// RAGs accepted for any miss, whatever its size, where the band is set by something the dataset does not hold
    /// (Kent's floor standard); empty to use <see cref="AmberWithin"/>.
    /// </summary>
    public List<string> OnMiss { get; init; } = [];

    /// <summary>False where a council's printed RAGs follow no known key: they are then not judged at all.</summary>
    public bool Judge { get; init; } = true;

    /// <summary>Where the key comes from, for the reader of the rules file and the finding's message.</summary>
    public string Source { get; init; } = "";
}

public sealed record RagSummaryRules
{
    /// <summary>Words for each RAG colour in a summary sentence or chart label.</summary>
    public Dictionary<string, List<string>> Colours { get; init; } = [];

    /// <summary>A paragraph with one of these words counts actions, not indicators, and is not compared.</summary>
    public List<string> SkipWhen { get; init; } = [];
}

public sealed record ValueJumpRules
{
    /// <summary>Suspicious ratios between neighbouring values of one series: percent vs fraction (100), units (1000).</summary>
    public List<decimal> Factors { get; init; } = [100, 1000];

    /// <summary>How far (as a multiple) a ratio may be from a factor and still count as that factor: 2 means 50x..200x for 100.</summary>
    public decimal Within { get; init; } = 2;
}

public sealed record DirectionRules
{
    /// <summary>A relative change smaller than this (0.01 = 1%) is too small to contradict any arrow.</summary>
    public decimal MinChange { get; init; } = 0.01m;

    /// <summary>
    /// A period before counts only when its length in days differs from this one's by at most this share of the
    /// longer (0.2: quarters of 90 to 92 days, months of 28 to 31, but not a quarter against twelve months).
    /// </summary>
    public double SameLength { get; init; } = 0.2;
}

public sealed record RevisionRules
{
    /// <summary>Two values closer than this (relative) are the same figure printed at another precision.</summary>
    public decimal Tolerance { get; init; } = 0.005m;
}
