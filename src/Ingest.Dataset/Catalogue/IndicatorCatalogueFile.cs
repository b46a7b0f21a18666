namespace Ingest.Dataset.Catalogue;

/// <summary>extraction-rules/indicators.yaml as written: matching settings and the catalogue's entries.</summary>
public sealed class IndicatorCatalogueFile
{
    public const string FileName = "indicators.yaml";

    public MatchingSettings Matching { get; set; } = new();
    public List<IndicatorEntry> Indicators { get; set; } = [];
}

public sealed class MatchingSettings
{
    /// <summary>Lowest FuzzySharp token-set ratio (0-100) accepted as the same indicator.</summary>
    public int FuzzyThreshold { get; set; } = 90;

    /// <summary>Points above the threshold, or between the best and the runner-up key, that still need a human look.</summary>
    public int SuspectMargin { get; set; } = 5;

    /// <summary>Linker probability at or above which a name reuses the key without a human (when no other key also reaches it).</summary>
    public double LinkerSure { get; set; } = 0.9;

    /// <summary>Linker probability at or above which an unsure pair is listed by `ingest indicators --suspect`.</summary>
    public double LinkerSuspect { get; set; } = 0.5;
}

/// <summary>One canonical indicator.</summary>
public sealed class IndicatorEntry
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Polarity { get; set; } = "";
    /// <summary>Published codes such as <c>NI 156</c>, <c>ASCOF 1C(2A)</c> or <c>Oflog</c>.</summary>
    public List<string> Codes { get; set; } = [];
    public List<string> Aliases { get; set; } = [];

    /// <summary>
    /// Where a seeded national measure's facts come from: a source id named in its file's header, or
    /// <see cref="Unverified"/> when no source we could search confirms them.
    /// </summary>
    public string Source { get; set; } = "";

    public const string Unverified = "unverified";

    /// <summary>A unit or polarity a seeded measure does not state.</summary>
    public const string Unknown = "unknown";
}
