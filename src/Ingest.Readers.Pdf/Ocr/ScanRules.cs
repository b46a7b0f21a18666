using Ingest.Core.Rules;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// <c>extraction-rules/scan.yaml</c>: how scanned pages are read, as data: which Tesseract passes run, and the
/// tolerances of reading colour from a scan's pixels.
/// </summary>
public sealed record ScanRules
{
    public const string FileName = "scan.yaml";

    public ScanPasses Passes { get; init; } = new();

    public ScanColourRules Colour { get; init; } = new();

    public ScanDoubtRules Doubts { get; init; } = new();

    public ScanShapeRules Shapes { get; init; } = new();

    public ScanGreyFillRules GreyFills { get; init; } = new();

    public ScanWordRules Words { get; init; } = new();

    public ScanRuleRules Rules { get; init; } = new();

    public ScanDiscRules Discs { get; init; } = new();

    public ScanSignRules Signs { get; init; } = new();

    public ScanBaselineRules Baselines { get; init; } = new();

    public ScanDecimalRules Decimals { get; init; } = new();

    /// <summary>Misreadings no word is spelled with, put right on every OCR word (<see cref="OcrWordRepairs"/>).</summary>
    public List<ScanWordRepair> WordRepairs { get; init; } = [];

    public ScanSpellingRules Spelling { get; init; } = new();

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
        SecondLookPaper = Passes.SecondLookPaper,
        SecondLookDoubtful = Passes.SecondLookDoubtful,
        SecondLookReach = Passes.SecondLookReach,
        SecondLookSurerBy = Passes.SecondLookSurerBy,
        Colour = Colour,
        Shapes = Shapes,
        GreyFills = GreyFills,
        Words = Words,
        RuleFlankInk = Rules.MaxFlankInk,
        RuleFlankStroke = Rules.MaxStroke,
        RuleMaxWord = Rules.MaxWord,
        RuleCoveredGap = Rules.CoveredGap,
        RuleBandSlack = Rules.BandSlack,
        RuleBandGap = Rules.BandGap,
        RuleMaxStub = Rules.MaxStub,
        RuleFillMargin = Rules.FillMargin,
        RuleFillMinLuma = Rules.FillMinLuma,
        Discs = Discs,
        Signs = Signs,
        Baselines = Baselines,
        Decimals = Decimals,
        WordRepairs = WordRepairs,
        Spelling = Spelling,
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

    /// <summary>Pixels at least this bright (0-255) are paper on the mosaic of unread places (<see cref="OcrMosaic"/>).</summary>
    public int SecondLookPaper { get; init; } = 200;

    /// <summary>Words read with less confidence than this (0-100) are read again on that mosaic, each line's together
    /// (<see cref="OcrDoubtfulWords"/>); null for none.</summary>
    public double? SecondLookDoubtful { get; init; }

    /// <summary>Word heights an unsure words' place reaches out either side, short of the next sure word.</summary>
    public double SecondLookReach { get; init; } = 1.5;

    /// <summary>Confidence (0-100) the second reading must add to the unsure words' mean to replace them.</summary>
    public double SecondLookSurerBy { get; init; } = 10;
}

/// <summary>When a table cell of a colour scan counts as coloured (<see cref="ScanColours"/>).</summary>
public sealed record ScanColourRules
{
    /// <summary>Least spread (0-255) between a spot's brightest and dimmest channel for it to be coloured: paper tint and JPEG noise stay below.</summary>
    public int MinChroma { get; init; } = 50;

    /// <summary>The spot's brightest channel at least this (0-255): darker is ink, whatever its tint.</summary>
    public int MinBrightness { get; init; } = 90;

    /// <summary>Sum of channel differences (0-765) from the cell's colour within which a spot is that colour.</summary>
    public int SameColour { get; init; } = 120;

    /// <summary>Share of a cell's area in one colour for the cell to be filled with it, under text or not.</summary>
    public double FillCoverage { get; init; } = 0.5;

    /// <summary>Points: a coloured mark (bullet, icon) in a cell that holds no word is at least this wide and tall.</summary>
    public double MarkMinSize { get; init; } = 3;

    /// <summary>Points: a coloured mark is at most this wide and tall; larger is a fill or a picture.</summary>
    public double MarkMaxSize { get; init; } = 14;

    /// <summary>A mark is at most this many times longer than wide (a bullet, a disc, a square), not a bar.</summary>
    public double MarkMaxElongation { get; init; } = 1.6;

    /// <summary>A mark's mean colour is at least this saturated (0-255): RAG colours are strong, while the specks
    /// JPEG noise leaves in a pale shaded band (Brent's light blue section rows) only just pass <see cref="MinChroma"/>.</summary>
    public int MarkMinChroma { get; init; } = 100;

    /// <summary>Degrees of hue (0-180) within which neighbouring spots are one mark: a bullet's pale rim has its hue,
    /// while red and amber are about 40 apart.</summary>
    public double MarkSameHue { get; init; } = 25;

    /// <summary>Share of its box a mark fills at least: a disc fills 0.79, a coloured letter much less.</summary>
    public double MarkMinSolidity { get; init; } = 0.55;

    /// <summary>Share of a cell's coloured spots that must be the mark's colour: two colours in a cell is no status.</summary>
    public double MarkShare { get; init; } = 0.8;

    /// <summary>Points trimmed from each side of a cell first, so that a neighbour's fill or a rule's fringe is not counted.</summary>
    public double Inset { get; init; } = 1.5;
}

/// <summary>When a number read by OCR is doubtful enough to be listed by `ingest review` rather than trusted.</summary>
public sealed record ScanDoubtRules
{
    /// <summary>The confidence (0-1) of an OCR'd row whose stated RAG contradicts its actual and target: below
    /// review's threshold, so a person checks which was misread.</summary>
    public double ContradictedConfidence { get; init; } = 0.5;
}

/// <summary>How arrows and triangles are told from letters by their shape in a scan (<see cref="OcrArrowShapes"/>).</summary>
public sealed record ScanShapeRules
{
    /// <summary>An arrow's head is at least this many times as wide as its stem: a block arrow's stem is half its head.</summary>
    public double MinHeadToStem { get; init; } = 1.5;

    /// <summary>An arrow is at least this many times longer than wide: a thin glyph arrow is 2-3 times, Word's drawn
    /// arrow 1.43, and a small arrow picture's head is as wide as the arrow is long, wider once blurred.</summary>
    public double MinElongation { get; init; } = 0.8;

    /// <summary>Each half of a two-headed arrow (↔) has a stem at least this share of the half's length.</summary>
    public double LevelMinStemShare { get; init; } = 0.2;

    /// <summary>...and at most this share of its ink off its stem and head (the barbs swept back beside the stem).</summary>
    public double LevelMaxStray { get; init; } = 0.15;

    /// <summary>Arrows one dark vertical run may pass through and still be their stems, not a cell side (<see cref="ArrowStems"/>).</summary>
    public int MaxBridgedArrows { get; init; } = 4;

    /// <summary>A word of two letters read at least this sure (0-100), with words close on both sides on its line, is
    /// text, whatever its blob's shape.</summary>
    public double SureWordConfidence { get; init; } = 90;

    /// <summary>A triangle's widest slice lies within this share of its length from its base (blur rounds the base off).</summary>
    public double TriangleBaseShare { get; init; } = 0.25;

    /// <summary>A triangle's base is at least this many times its length (base to point): DejaVu's ◄ is 0.68...</summary>
    public double TriangleMinAspect { get; init; } = 0.6;

    /// <summary>...and at most this many times.</summary>
    public double TriangleMaxAspect { get; init; } = 1.8;

    /// <summary>The slice at a triangle's point is at most this share of its base.</summary>
    public double TriangleMaxTipShare { get; init; } = 0.45;

    /// <summary>Each slice of a triangle is as wide as straight sides make it, within this share of the base (and 2 pixels).</summary>
    public double TriangleSlack { get; init; } = 0.2;

    /// <summary>Each slice of a triangle is at least this share ink from its first pixel to its last: it is solid.</summary>
    public double TriangleMinFill { get; init; } = 0.85;

    /// <summary>Each slice of a triangle is centred on its base within this share of the base (and a pixel).</summary>
    public double TriangleMaxShift { get; init; } = 0.15;
}

/// <summary>When an even grey area of a scan is a cell's shading (<see cref="GreyFills"/>).</summary>
public sealed record ScanGreyFillRules
{
    /// <summary>Mean brightness (0-255) at least this: darker is ink (black text, a bold stroke).</summary>
    public int MinLuma { get; init; } = 40;

    /// <summary>Mean brightness at most this: paler shading Tesseract reads through as it is.</summary>
    public int MaxLuma { get; init; } = 200;

    /// <summary>Paler shading up to this brightness is left for Tesseract but still parts rows (<see cref="FillRows"/>)...</summary>
    public int PaleMaxLuma { get; init; } = 240;

    /// <summary>...when it is at least this much darker than the page's paper.</summary>
    public int PaleBelowPaper { get; init; } = 15;

    /// <summary>Brightest less dimmest pixel of a 4-pixel block at most this for the block to be even (JPEG noise stays under).</summary>
    public int MaxSpread { get; init; } = 60;

    /// <summary>Spread between a block's channels below this: coloured shading is found by its colour instead.</summary>
    public int MaxChroma { get; init; } = 14;

    /// <summary>Blocks within this brightness of where the area started are the same shade.</summary>
    public int SameShade { get; init; } = 25;

    /// <summary>Points: a fill is at least this long on its longer side...</summary>
    public double MinLength { get; init; } = 12;

    /// <summary>...and at least this on its shorter side.</summary>
    public double MinSize { get; init; } = 6;

    /// <summary>Share of the fill's box that is even shade: the rest is its text.</summary>
    public double MinSolidity { get; init; } = 0.6;

    /// <summary>Pixels within a fill at least this bright (0-255) below its shade are shade and painted white for
    /// Tesseract; darker ones are the text printed on it.</summary>
    public int InkMargin { get; init; } = 30;

    /// <summary>Points: a line this near the side of a fill (grey or coloured), and running no further than the fill,
    /// is that side, not a rule.</summary>
    public double SideReach { get; init; } = 3;
}

/// <summary>Which dark runs of a scan are ruling lines (<see cref="TextRuns"/>).</summary>
public sealed record ScanRuleRules
{
    /// <summary>Share of a horizontal rule's length at most with ink right beside it on one side: more, it is a
    /// bold word's letters run together.</summary>
    public double MaxFlankInk { get; init; } = 0.3;

    /// <summary>Points: ink beside the rule counts as letters' strokes in pieces at most this wide; a wider piece is a
    /// band of ink along the rule.</summary>
    public double MaxStroke { get; init; } = 2;

    /// <summary>Points: only runs this long at most are looked at; longer is no word's, and a table rule in a tightly
    /// set grid has its cells' text touching it along much of its length.</summary>
    public double MaxWord { get; init; } = 100;

    /// <summary>Points: a paper gap at most this long in a rule that runs between the same sides as the table's whole
    /// rules above and below it is a picture's white ground laid over it (<see cref="ImageRules"/>).</summary>
    public double CoveredGap { get; init; } = 18;

    /// <summary>Points: a rule's end at most this far past a rule crossing it is a glyph's stroke touching the line
    /// (a "Q"'s tail on the rule under a header group), not the rule (<see cref="RuleStubs"/>).</summary>
    public double MaxStub { get; init; } = 6;

    /// <summary>When rules are found, a pixel near a dark colour fill this much darker than the fill (0-255), or more,
    /// is ink; brighter, it is the fill or its rim, and made paper (<see cref="FillPaper"/>).</summary>
    public int FillMargin { get; init; } = 15;

    /// <summary>Colour fills darker than this (0-255) are left as they are: a rule would not be a margin darker.</summary>
    public int FillMinLuma { get; init; } = 90;

    /// <summary>Points: a band of shading's pieces end on one line, and the band spans a table, within this much
    /// (<see cref="FillRows"/>).</summary>
    public double BandSlack { get; init; } = 3;

    /// <summary>Points: pieces of one band of shading may be this far apart (text breaks a cell's shading up).</summary>
    public double BandGap { get; init; } = 10;
}

/// <summary>When a solid blob of a scan is a disc with no colour, read as "●" (<see cref="OcrDiscs"/>).</summary>
public sealed record ScanDiscRules
{
    /// <summary>Pixels darker than this (0-255) are the disc's: amber turns about 190 in grey, paper about 250.</summary>
    public int MaxLuma { get; init; } = 225;

    /// <summary>Points: a disc is at least this wide and tall...</summary>
    public double MinSize { get; init; } = 3;

    /// <summary>...and at most this.</summary>
    public double MaxSize { get; init; } = 14;

    /// <summary>At most this many times wider than tall, or taller than wide.</summary>
    public double MaxElongation { get; init; } = 1.3;

    /// <summary>Share of its box it fills at least (a disc 0.79; a letter, with its counters, less).</summary>
    public double MinSolidity { get; init; } = 0.68;

    /// <summary>The blob and the ellipse its box holds share at least this share of their pixels (a disc nearly all).</summary>
    public double MinRoundness { get; init; } = 0.85;

    /// <summary>A word with a letter read at least this sure (0-100) over the blob is a word, not a disc.</summary>
    public double MaxWordConfidence { get; init; } = 90;

    /// <summary>A word Tesseract read from the disc lies this share inside it at least...</summary>
    public double MinWordCover { get; init; } = 0.6;

    /// <summary>...with this many points of slack around it.</summary>
    public double WordReach { get; init; } = 1;
}

/// <summary>How a "≥" that Tesseract read as "2" is told by its ink (<see cref="OcrComparisonSigns"/>).</summary>
public sealed record ScanSignRules
{
    /// <summary>The lower blob (the bar) is at most this share as tall as it is wide.</summary>
    public double MaxBarShare { get; init; } = 0.4;

    /// <summary>The bar's width is the chevron's within this share of it.</summary>
    public double WidthSlack { get; init; } = 0.35;

    /// <summary>Grey levels below this (0-255) are the glyph's core: blur fills the gap between chevron and bar lighter.</summary>
    public int InkBelow { get; init; } = 120;

    /// <summary>Grey levels below this (0-255) are ink at all: a light face's chevron is lighter than the cores.</summary>
    public int FaintInkBelow { get; init; } = 180;

    /// <summary>A blob at least this share of the figure's height is a digit...</summary>
    public double TallShare { get; init; } = 0.6;

    /// <summary>...with its top within this share of it of the highest.</summary>
    public double DigitTopSlack { get; init; } = 0.08;

    /// <summary>A sign's every piece starts at least this share of the figure's height below the digits' top...</summary>
    public double SignBelowTop { get; init; } = 0.1;

    /// <summary>...and one piece (the chevron) is at least this share of it tall.</summary>
    public double MinChevronShare { get; init; } = 0.3;

    /// <summary>The figure's ink is looked at with each of these grey levels (0-255) as ink's limit, darker first.</summary>
    public List<int> FigureInkBelow { get; init; } = [150, 180];
}

/// <summary>How a decimal point the reading lost is told by its ink (<see cref="OcrDecimalPoints"/>).</summary>
public sealed record ScanDecimalRules
{
    /// <summary>A blob at least this share of the figure's height is a digit (or a "%"'s stroke).</summary>
    public double TallShare { get; init; } = 0.6;

    /// <summary>A digit's top is within this share of the figure's height of the highest: a sign before it starts lower.</summary>
    public double TopSlack { get; init; } = 0.08;

    /// <summary>A digit is at most this share as wide as the figure is tall: wider is two digits run together.</summary>
    public double MaxDigitWidth { get; init; } = 0.95;

    /// <summary>A point is at most this share of the figure's height each way...</summary>
    public double MaxPointShare { get; init; } = 0.3;

    /// <summary>...at least this share one way (smaller is a speck)...</summary>
    public double MinPointShare { get; init; } = 0.08;

    /// <summary>...at most this many times longer one way than the other (a comma is taller)...</summary>
    public double MaxPointElongation { get; init; } = 1.6;

    /// <summary>...and its foot within this share of the figure's height of the digits' baseline.</summary>
    public double BaselineSlack { get; init; } = 0.1;

    /// <summary>A full stop after a figure ending its line is looked for this share of the figure's height to its
    /// right (<see cref="OcrFullStops"/>).</summary>
    public double FullStopReach { get; init; } = 0.6;
}

/// <summary>How a word's baseline is read from its ink (<see cref="OcrBaselines"/>).</summary>
public sealed record ScanBaselineRules
{
    /// <summary>Pixels darker than this (0-255) are ink.</summary>
    public int Ink { get; init; } = 150;

    /// <summary>Columns of ink a word needs for its baseline to be read: fewer is a mark or a speck.</summary>
    public int MinColumns { get; init; } = 6;

    /// <summary>Share of a word's columns of ink that end on the baseline found (give or take a pixel), at least.</summary>
    public double MinShare { get; init; } = 0.3;

    /// <summary>The baseline lies at least this share of the word's height below its top: higher is the foot of a
    /// bar (a "T" 's, a "7" 's), not a baseline.</summary>
    public double MinDepth { get; init; } = 0.5;
}

/// <summary>Which of Tesseract's words are kept (<see cref="OcrFlatWords"/>).</summary>
public sealed record ScanWordRules
{
    /// <summary>Points: a word less tall than this holds no letter (a painted-out rule's remnant).</summary>
    public double MinHeight { get; init; } = 1.5;

    /// <summary>A flatter word that is only a dash is kept when read at least this sure (0-100).</summary>
    public double MinDashConfidence { get; init; } = 60;
}

/// <summary>How misspelled OCR words are put right against Tesseract's word list (<see cref="OcrSpelling"/>).</summary>
public sealed record ScanSpellingRules
{
    /// <summary>False to leave every word as read.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A word shorter than this is left as read: a short word has too many neighbours in the list.</summary>
    public int MinLength { get; init; } = 4;

    /// <summary>At most this many confusions are undone in one word.</summary>
    public int MaxEdits { get; init; } = 2;

    /// <summary>Letters the reading gives for others: "ir" read for the "ff" ligature.</summary>
    public List<ScanConfusion> Confusions { get; init; } = [];
}

/// <summary>What the reading gave (<see cref="Read"/>) for what was printed (<see cref="Meant"/>).</summary>
public sealed record ScanConfusion
{
    public string Read { get; init; } = "";

    public string Meant { get; init; } = "";
}

/// <summary>One repair of an OCR word: a regular expression over the whole word and its replacement ($1 its groups).</summary>
public sealed record ScanWordRepair
{
    public string Pattern { get; init; } = "";

    public string Replacement { get; init; } = "";
}
