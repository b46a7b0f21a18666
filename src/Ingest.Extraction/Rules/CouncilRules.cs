namespace Ingest.Extraction.Rules;

/// <summary>extraction-rules/councils.yaml: how each council is recognised, and its conventions.</summary>
public sealed class CouncilRules
{
    public const string FileName = "councils.yaml";

    public List<CouncilRule> Councils { get; set; } = [];

    /// <summary>Comparison groups, read by the dataset stage (Ingest.Dataset.Councils); here so the file parses.</summary>
    public List<ComparisonGroupRule> Groups { get; set; } = [];
}

public sealed class ComparisonGroupRule
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Members { get; set; } = [];
}

public sealed class CouncilRule
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Names { get; set; } = [];
    public ArrowRules Arrows { get; set; } = new();

    // Identity keys, used by the dataset stage, not by extraction.
    public string OnsCode { get; set; } = "";

    /// <summary>The ONS name (council-register.yaml), e.g. "Kingston upon Hull, City of": a way to name the council, not a phrase to detect.</summary>
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public List<string> Groups { get; set; } = [];
}

/// <summary>What a trend arrow means for one council: the value's direction, or performance.</summary>
public sealed class ArrowRules
{
    public const string Performance = "performance";
    public const string Value = "value";

    public string Meaning { get; set; } = Performance;
    public List<string> Up { get; set; } = [];
    public List<string> Down { get; set; } = [];
    public List<string> Same { get; set; } = [];
}
