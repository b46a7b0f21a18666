namespace Ingest.Dataset.Councils;

/// <summary>
/// The identity part of a councils file: per council its key, title, ONS code, region and groups, and the
/// comparison groups. Other keys in the file (names, arrows: the extractor's) are not this stage's business.
/// </summary>
public sealed class CouncilProfileFile
{
    public List<CouncilProfileEntry> Councils { get; set; } = [];
    public List<ComparisonGroupEntry> Groups { get; set; } = [];
}

public sealed class CouncilProfileEntry
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string OnsCode { get; set; } = "";
    public string Region { get; set; } = "";
    public List<string> Groups { get; set; } = [];
}

public sealed class ComparisonGroupEntry
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>How the group was formed, e.g. <c>statistical</c> or <c>cipfa-nearest-neighbours</c>.</summary>
    public string Kind { get; set; } = "";
    public List<string> Members { get; set; } = [];
}
