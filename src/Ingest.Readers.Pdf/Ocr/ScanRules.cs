using Ingest.Core.Rules;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// <c>extraction-rules/scan.yaml</c>: how scanned pages are read, as data: which Tesseract passes run.
/// </summary>
public sealed record ScanRules
{
    public const string FileName = "scan.yaml";

    public ScanPasses Passes { get; init; } = new();

    /// <summary>The rules from the folder; the defaults when it has no <see cref="FileName"/>.</summary>
    public static ScanRules Load(RulesDirectory rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return File.Exists(Path.Combine(rules.Path, FileName)) ? rules.Load<ScanRules>(FileName) : new ScanRules();
    }

    /// <summary>Tesseract's options for these rules.</summary>
    public TesseractOptions ToTesseractOptions() => new()
    {
        SecondPageSegmentation = Passes.SecondPageSegmentation,
        ReadTurnedText = Passes.TurnedPage,
        ReadTurnedLabels = Passes.TurnedLabels,
    };
}

/// <summary>The Tesseract runs a scanned page gets besides its one full reading.</summary>
public sealed record ScanPasses
{
    /// <summary>A second full-page reading with this --psm whose words fill in what the first dropped; null for none.</summary>
    public int? SecondPageSegmentation { get; init; }

    /// <summary>The whole page read once more turned a quarter, for labels printed bottom to top.</summary>
    public bool TurnedPage { get; init; }

    /// <summary>Without <see cref="TurnedPage"/>: only the places that look like turned labels, turned and read in one small run.</summary>
    public bool TurnedLabels { get; init; } = true;
}

