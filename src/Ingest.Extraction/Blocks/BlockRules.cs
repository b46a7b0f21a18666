namespace Ingest.Extraction.Blocks;

/// <summary>extraction-rules/blocks.yaml: how a KPI printed as a block (not a table row) is recognised.</summary>
public sealed class BlockRules
{
    public const string FileName = "blocks.yaml";

    /// <summary>Pattern a block title ends with; group <c>rag</c> is the RAG word (read by the normaliser), optional group <c>dot</c> an arrow after it.</summary>
    public string TitleRag { get; set; } = "";

    /// <summary>Pattern of a box's first row that is its title though no RAG word ends it (a scan lost it); optional group
    /// <c>dot</c> an arrow at its end. The RAG then comes from the summary table.</summary>
    public string UnratedTitle { get; set; } = "";

    /// <summary>Pattern of a "(rolling 12 months)" after the name: the block's figures are rolling twelve-month ones.</summary>
    public string RollingTitle { get; set; } = "";

    /// <summary>Pattern of a reference printed before the indicator name ("CS01: "), which is not part of the name.</summary>
    public string Reference { get; set; } = "";

    /// <summary>Printed labels of the values line, by role (<c>latest</c>, <c>target</c>, <c>floor</c>, <c>previous</c>).</summary>
    public Dictionary<string, List<string>> Labels { get; set; } = [];

    /// <summary>What separates a label from its value (":").</summary>
    public string LabelSeparator { get; set; } = ":";

    /// <summary>Roles a values line must have, and how many distinct roles at least.</summary>
    public List<string> RequiredRoles { get; set; } = [];

    public int MinRoles { get; set; } = 2;

    /// <summary>Pattern of a RAG word printed after a figure ("89% (Amber)"); group <c>rag</c>.</summary>
    public string FigureRag { get; set; } = "";

    /// <summary>A floor standard below the target means higher is better, above it lower is better.</summary>
    public bool PolarityFromFloor { get; set; }

    public HeadingRules Heading { get; set; } = new();

    public ListedNameRules ListedNames { get; set; } = new();
}

/// <summary>When a box's title is the name the document's summary table lists (<see cref="ListedNames"/>).</summary>
public sealed class ListedNameRules
{
    /// <summary>FuzzySharp ratio at least this high.</summary>
    public int MinRatio { get; set; } = 90;

    /// <summary>Another listed name this close to the best one makes the title ambiguous: it is left as read.</summary>
    public int RunnerUpMargin { get; set; } = 3;

    /// <summary>Table cells of fewer words are no indicator names.</summary>
    public int MinWords { get; set; } = 3;
}

/// <summary>What a section heading between blocks looks like: short, and not ending like a sentence.</summary>
public sealed class HeadingRules
{
    public int MaxLength { get; set; } = 100;
    public int MaxWords { get; set; } = 14;
    public string SentenceEnds { get; set; } = ".:;,";
}
