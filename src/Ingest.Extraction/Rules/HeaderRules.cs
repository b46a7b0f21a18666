namespace Ingest.Extraction.Rules;

/// <summary>extraction-rules/headers.yaml: header synonyms and what makes a table a scorecard.</summary>
public sealed class HeaderRules
{
    public const string FileName = "headers.yaml";

    public List<FieldSynonyms> Fields { get; set; } = [];
    public int FuzzyThreshold { get; set; } = 90;
    public int FuzzyMaxWords { get; set; } = 3;
    public ClippedHeaderRules Clipped { get; set; } = new();
    public ScorecardRules Scorecard { get; set; } = new();
    public List<string> NonIndicatorRows { get; set; } = [];
    public ContentRules Content { get; set; } = new();
    public ActionRules Actions { get; set; } = new();
    public FootnoteMarkerRules FootnoteMarkers { get; set; } = new();

    /// <summary>
    /// Words in a column header that name a period relative to the report's own (<c>latest</c>, <c>previous</c>)
    /// where the header names none: "RAG rating" over "Latest | Previous".
    /// </summary>
    public Dictionary<string, List<string>> RelativePeriods { get; set; } = [];
}

/// <summary>When a header cut short is still one of the vocabulary's words.</summary>
public sealed class ClippedHeaderRules
{
    public int MinLetters { get; set; } = 5;
    public double MinShare { get; set; } = 0.7;
}

/// <summary>What a footnote marker on an indicator name looks like.</summary>
public sealed class FootnoteMarkerRules
{
    public string Raised { get; set; } = "";
    public string Trailing { get; set; } = "";
}

/// <summary>How a list of actions under status rows is recognised.</summary>
public sealed class ActionRules
{
    public int MaxColumns { get; set; } = 3;
    public Dictionary<string, List<string>> Statuses { get; set; } = [];
}

public sealed class FieldSynonyms
{
    public string Field { get; set; } = "";
    public List<string> Phrases { get; set; } = [];
}

public sealed class ScorecardRules
{
    public int MinValueColumns { get; set; } = 1;
    public int HeaderSearchRows { get; set; } = 6;
    public int MinHeaderFields { get; set; } = 2;
}

public sealed class ContentRules
{
    public double RagShare { get; set; } = 0.8;
    public double PolarityShare { get; set; } = 0.8;
    public double DirectionShare { get; set; } = 0.8;
    public List<string> ColourGlyphs { get; set; } = [];
}
