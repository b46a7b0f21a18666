namespace Ingest.Normalisation.Ocr;

/// <summary><c>extraction-rules/ocr.yaml</c>: repairs of OCR'd text, as data.</summary>
public sealed record OcrRepairRules
{
    public const string FileName = "ocr.yaml";

    public OcrPenalties Penalties { get; init; } = new();
    public List<OcrArrowReadings> Arrows { get; init; } = [];
    public Dictionary<string, string> Homoglyphs { get; init; } = [];
    public Dictionary<string, string> NumberLetters { get; init; } = [];
    public List<OcrPercentReading> Percent { get; init; } = [];
    public List<OcrSeparatorReading> NumberSeparators { get; init; } = [];
    public Dictionary<string, string> RunTogether { get; init; } = [];
    public OcrVocabulary Vocabulary { get; init; } = new();
}

/// <summary>How much a cell's confidence drops for each kind of repair.</summary>
public sealed record OcrPenalties
{
    public double Arrow { get; init; } = 0.1;
    public double Homoglyph { get; init; } = 0.03;
    public double Number { get; init; } = 0.05;
    public double Percent { get; init; } = 0.08;
    public double Vocabulary { get; init; } = 0.05;
    public double Spacing { get; init; } = 0.02;
}

/// <summary>OCR readings of trend arrows for one council ("any" for all).</summary>
public sealed record OcrArrowReadings
{
    public string Council { get; init; } = "any";
    public List<string> Up { get; init; } = [];
    public List<string> Down { get; init; } = [];
    public List<string> Same { get; init; } = [];
}

public sealed record OcrPercentReading
{
    public string Pattern { get; init; } = "";
}

/// <summary>A number whose separator OCR misread: the token's pattern and what it becomes ($1, $2: its groups).</summary>
public sealed record OcrSeparatorReading
{
    public string Pattern { get; init; } = "";
    public string Replacement { get; init; } = "";
}

public sealed record OcrVocabulary
{
    public int MaxDistance { get; init; } = 2;
    public int MinLength { get; init; } = 3;
    public List<string> Words { get; init; } = [];
}
