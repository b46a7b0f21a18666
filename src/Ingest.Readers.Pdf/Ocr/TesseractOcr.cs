using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Mutool;
using Polly;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// OCR with Tesseract (Debian tesseract-ocr, tesseract-ocr-eng): the page is drawn at 300 dpi by
/// <c>mutool draw</c> into a private folder, straightened, its ruling lines and shading measured and
/// painted out, and the rest read as TSV words with boxes and confidences.
/// </summary>
public sealed class TesseractOcr : IOcrEngine
{
    public const string MissingTesseract =
        "tesseract not found: scanned pages need the Debian packages tesseract-ocr and tesseract-ocr-eng (make setup-full)";

    private readonly TesseractOptions _options;
    private readonly ResiliencePipeline _timeout;
    private readonly OcrWordRepairs _repairs;

    public TesseractOcr(TesseractOptions? options = null)
    {
        _options = options ?? new TesseractOptions();
        _timeout = new ResiliencePipelineBuilder().AddTimeout(_options.PageTimeout).Build();
        _repairs = new OcrWordRepairs(_options.WordRepairs ?? []);
        _spelling = new Lazy<(OcrSpelling?, string?)>(LoadSpelling, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<(OcrSpelling? Spelling, string? Problem)> _spelling;

    /// <summary>
    /// The spelling step, once per run: without Tesseract's word list (its tools missing or failing) words are left as
    /// read, and each scanned document's warnings say why.
    /// </summary>
    private (OcrSpelling?, string?) LoadSpelling()
    {
        if (_options.Spelling is not { Enabled: true } rules) return (null, null);
        var folder = _options.CacheFolder ?? DefaultCacheFolder();
        var (lexicon, problem) = OcrLexicon.Load(_options.Tesseract, _options.Language, folder, _timeout, CancellationToken.None);
        return lexicon is null ? (null, $"OCR words were not spell-checked: {problem}") : (new OcrSpelling(lexicon, rules), null);
    }

    private static string DefaultCacheFolder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(home.Length > 0 ? home : Path.GetTempPath(), "ingest");
    }

    public OcrPage Recognise(string pdfPath, int pageNumber, double pageWidth, double pageHeight, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ingest-ocr-");
        try
        {
            var picture = Path.Combine(folder.FullName, "page.ppm");
            MutoolPageDrawing.Draw(_options.Mutool, pdfPath, pageNumber, _options.Dpi, picture, _timeout, cancellationToken);

            RasterImage image;
            using (var stream = File.OpenRead(picture)) image = RasterImage.ReadPnm(stream);
            var skew = Deskew.FindAngle(image);
            image = Deskew.Rotate(image, skew);
            var scale = pageWidth / image.Width;
            var colourFills = ImageFills.Find(image, scale);
            var greyRules = _options.GreyFills ?? new ScanGreyFillRules();
            var sideReach = (int)Math.Ceiling(_options.Dpi * greyRules.SideReach / 72.0);
            var greyShading = GreyFills.Find(image, scale, greyRules);
            var rules = FillPaper.Rules(image, FillPaper.Fills(colourFills, greyShading.Fills, scale), sideReach, _options.RuleFillMargin,
                _options.RuleFillMinLuma,
                luma => ImageRules.Find(image, (int)(_options.Dpi * 0.16), (int)(_options.Dpi * 0.3), (int)(_options.Dpi * 0.06), Pixels(_options.RuleCoveredGap), luma));
            var greyFills = greyShading.Fills;
            var fills = colourFills.Concat(greyFills.Concat(greyShading.PaleBands).Select((f, i) => f.ToFill(scale, colourFills.Count + i))).ToList();
            var colours = ScanColours.Measure(image, scale, _options.Colour ?? new ScanColourRules());
            (int, int, int, int)[] shading = [.. greyFills.Select(a => (a.Left, a.Top, a.Right, a.Bottom)), .. colourFills.Select(f => FillEdges.InPixels(f.Box, scale))];
            (int Left, int Top, int Right, int Bottom, int Luma)[] shades =
            [
                .. greyFills.Concat(greyShading.PaleBands).Select(a => (a.Left, a.Top, a.Right, a.Bottom, a.Luma)),
                .. colourFills.Select(f => FillEdges.InPixels(f.Box, scale) is var (l, t, r, b) ? (l, t, r, b, FillEdges.Luma(f.Colour)) : default),
            ];
            (int, int, int, int)[] bands = [.. shades.Select(s => (s.Left, s.Top, s.Right, s.Bottom))];
            // A dark fill's sides are not rules: left in, they cut its row out of a table ruled only between rows.
            rules = FillEdges.Drop(rules, [.. greyFills.Where(a => a.Luma < ImageRules.Ink).Select(a => (a.Left, a.Top, a.Right, a.Bottom)),
                    .. colourFills.Where(f => FillEdges.IsDark(f.Colour)).Select(f => FillEdges.InPixels(f.Box, scale))],
                sideReach);
            // Nor are a bold word's letters run together: painted out, the word is lost.
            rules = TextRuns.Drop(image, rules, shading,
                _options.RuleFlankInk, (int)Math.Ceiling(_options.Dpi * _options.RuleFlankStroke / 72.0), (int)(_options.Dpi * _options.RuleMaxWord / 72.0));

            rules = ArrowStems.Drop(image, rules, scale, _options.Shapes ?? new ScanShapeRules());
            rules = RuleStubs.Trim(rules, Pixels(_options.RuleMaxStub));

            var grey = Path.Combine(folder.FullName, "page.pgm");
            var prepared = OcrImage.Prepare(image, rules, greyFills, greyRules.InkMargin, OcrImage.BrightFills(colourFills, scale));
            using (var stream = File.Create(grey))
                RasterImage.WritePgm(stream, image.Width, image.Height, prepared);
            var wordRules = _options.Words ?? new ScanWordRules();
            var words = OcrFlatWords.Drop(Read(grey, _options.PageSegmentation, pageNumber, scale, cancellationToken), wordRules);
            if (_options.SecondPageSegmentation is { } second)
                words = OcrWordMerge.Merge(words, OcrFlatWords.Drop(Read(grey, second, pageNumber, scale, cancellationToken), wordRules));
            // Rows parted only by shading part the table, not the picture Tesseract reads.
            // Pale bands too: Tesseract reads through them, but a KPI box's pale title band on a greyscale scan is all
            // that parts the title from the chart under it (seed 2121's South Cambridgeshire).
            // And cells parted only by a change of shade.
            var shadeRules = FillColumns.Add(FillRows.Add(rules, bands, Pixels(_options.RuleBandSlack), Pixels(_options.RuleBandGap)),
                shades, Pixels(_options.RuleBandSlack), greyRules.SameShade);
            var pageRules = shadeRules.Select(r => r.ToRule(scale)).ToList();
            words = OcrBrokenWords.Join(OcrWordSplit.AtColumnLines(words, pageRules));
            if (_options.ReadTurnedText)
                words = OcrTurnedText.Merge(words, ReadTurned(folder, prepared, image, pageNumber, scale, cancellationToken));
            else if (_options.ReadTurnedLabels)
                words = OcrTurnedText.Merge(words, ReadTurnedLabels(folder, prepared, image, pageNumber, scale, cancellationToken));
            words = OcrArrowShapes.Apply(prepared, image.Width, image.Height, words, scale, _options.Shapes ?? new ScanShapeRules());
            words = LookAgain(folder, prepared, image, words, pageNumber, scale, cancellationToken);
            words = OcrBoldWords.Mark(prepared, image.Width, image.Height, words, scale, _options.Bold ?? new OcrBoldOptions());
            words = [.. words, .. ColouredMarks(colours, words)];
            words = OcrDiscs.Apply(image, words, scale, _options.Discs ?? new ScanDiscRules());
            words = OcrDecimalPoints.Apply(prepared, image.Width, image.Height, words, scale, _options.Decimals ?? new ScanDecimalRules());
            words = OcrFullStops.Apply(prepared, image.Width, image.Height, words, scale, _options.Decimals ?? new ScanDecimalRules());
            words = OcrComparisonSigns.Apply(prepared, image.Width, image.Height, words, scale, _options.Signs ?? new ScanSignRules());
            words = _repairs.Apply(words);
            var (spelling, spellingProblem) = _spelling.Value;
            if (spelling is not null) words = spelling.Apply(words);
            words = OcrWrappedYears.Apply(words);
            words = OcrBaselines.Measure(prepared, image.Width, image.Height, words, scale, _options.Baselines);
            return new OcrPage(pageNumber, pageWidth, pageHeight, words, pageRules, fills, skew)
            {
                Colours = colours,
                Notes = spellingProblem is null ? [] : [spellingProblem],
            };
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is not worth failing a document for.
            }
        }
    }

    /// <summary>Line numbers of coloured marks start here, apart from every reading's lines.</summary>
    private const int MarkLines = 5_000_000;

    /// <summary>
    /// A coloured bullet or icon has no ink once the page is grey (bright colour is painted white for Tesseract),
    /// so a RAG column of them is empty: each stands on the page as a "●" of its colour, as a coloured bullet
    /// glyph does on a digital page, so that its column is found and its colour read as the rating.
    /// </summary>
    private static IEnumerable<OcrWord> ColouredMarks(ScanColours colours, IReadOnlyList<OcrWord> words) =>
        colours.Marks(words).Select((m, i) => new OcrWord("●", m.Box, 90, MarkLines + i, Colour: m.Colour));

    /// <summary>The page read once more turned a quarter clockwise, for labels printed bottom to top.</summary>
    private IReadOnlyList<OcrWord> ReadTurned(DirectoryInfo folder, byte[] prepared, RasterImage image, int pageNumber, double scale,
        CancellationToken cancellationToken)
    {
        var turned = Path.Combine(folder.FullName, "turned.pgm");
        using (var stream = File.Create(turned))
            RasterImage.WritePgm(stream, image.Height, image.Width, OcrTurnedText.TurnClockwise(prepared, image.Width, image.Height));
        return OcrTurnedText.BackOnPage(Read(turned, _options.PageSegmentation, pageNumber, scale, cancellationToken), image.Height * scale);
    }

    /// <summary>One more Tesseract run over a mosaic of the places that look like labels printed bottom to top, each turned upright.</summary>
    private IReadOnlyList<OcrWord> ReadTurnedLabels(DirectoryInfo folder, byte[] prepared, RasterImage image, int pageNumber, double scale,
        CancellationToken cancellationToken)
    {
        var regions = OcrTurnedRegions.Find(prepared, image.Width, image.Height, scale);
        if (regions.Count == 0) return [];
        var mosaic = OcrMosaic.Build(prepared, image.Width, image.Height, regions, scale, turned: true);
        var path = Path.Combine(folder.FullName, "turned-labels.pgm");
        using (var stream = File.Create(path))
            RasterImage.WritePgm(stream, mosaic.Width, mosaic.Height, mosaic.Grey);
        var read = Read(path, _options.SecondLookSegmentation, pageNumber, 1, cancellationToken);
        return mosaic.BackOnPage(read, scale).Select(r => r.Word with { Line = OcrTurnedText.TurnedLines + r.Word.Line }).ToList();
    }

    /// <summary>One more Tesseract run over a mosaic of the places where the first reading left ink unread.</summary>
    private IReadOnlyList<OcrWord> LookAgain(DirectoryInfo folder, byte[] prepared, RasterImage image, IReadOnlyList<OcrWord> words,
        int pageNumber, double scale, CancellationToken cancellationToken)
    {
        IReadOnlyList<UnreadRegion> regions =
        [
            .. OcrUnreadInk.Find(prepared, image.Width, image.Height, words, scale),
            .. _options.SecondLookDoubtful is { } doubtful ? OcrDoubtfulWords.Find(words, doubtful, _options.SecondLookReach) : [],
        ];
        if (regions.Count == 0) return words;
        var mosaic = OcrMosaic.Build(prepared, image.Width, image.Height, regions, scale, paper: _options.SecondLookPaper);
        var path = Path.Combine(folder.FullName, "mosaic.pgm");
        using (var stream = File.Create(path))
            RasterImage.WritePgm(stream, mosaic.Width, mosaic.Height, mosaic.Grey);
        var read = Read(path, _options.SecondLookSegmentation, pageNumber, 1, cancellationToken);
        return OcrSecondLook.Merge(words, mosaic.BackOnPage(read, scale), _options.SecondLookSurerBy, _repairs);
    }

    private IReadOnlyList<OcrWord> Read(string grey, int segmentation, int pageNumber, double scale, CancellationToken cancellationToken)
    {
        var read = ToolProcess.Run(_options.Tesseract,
            [grey, "-", "--dpi", _options.Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--psm", segmentation.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", _options.Language, "tsv"],
            _timeout, MissingTesseract, cancellationToken,
            // Pages are read in parallel already: Tesseract's own threads would only fight them.
            new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        if (read.ExitCode != 0)
            throw new DocumentException($"tesseract failed on page {pageNumber}: {FirstLine(read.Errors)}");
        return OcrStretchedWords.Trim(TesseractTsv.Parse(read.Output, scale));
    }

    /// <summary>A length in points as pixels of the page picture.</summary>
    private int Pixels(double points) => (int)(_options.Dpi * points / 72.0);

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}

/// <param name="PageSegmentation">Tesseract's --psm: 11 (sparse text) finds the words of table cells one by one.</param>
/// <param name="SecondPageSegmentation">A second reading (12: sparse text with orientation detection) whose words fill
/// in what the first dropped (<see cref="OcrWordMerge"/>); null to read once, in half the time.</param>
/// <param name="ReadTurnedText">Read the page turned a quarter too, for labels printed bottom to top
/// (<see cref="OcrTurnedText"/>): a third reading of each page.</param>
/// <param name="ReadTurnedLabels">When the page is not read turned: read only the places that look like turned labels
/// (<see cref="OcrTurnedRegions"/>), turned upright, in one small run.</param>
/// <param name="Colour">When a table cell counts as coloured (<see cref="ScanColours"/>); null for the defaults.</param>
/// <param name="WordRepairs">Misreadings put right on every word read; null for none.</param>
/// <param name="GreyFills">When an even grey area is a cell's shading, painted out for Tesseract; null for the defaults.</param>
/// <param name="Shapes">How arrows and triangles are told from letters by their shape; null for the defaults.</param>
/// <param name="Words">Which of Tesseract's words are kept; null for the defaults.</param>
/// <param name="RuleFlankInk">Share of a horizontal rule's length at most with ink right beside it on one side; more is a
/// word's letters run together (<see cref="TextRuns"/>).</param>
/// <param name="RuleMaxWord">Points: a horizontal run longer than this is no word's letters run together.</param>
/// <param name="RuleFlankStroke">Points: ink beside a rule counts as letters' strokes in pieces at most this wide.</param>
/// <param name="RuleCoveredGap">Points: a gap at most this long in a rule spanning its table is covered, not a gap.</param>
/// <param name="RuleBandSlack">Points: a band of shading's pieces, and its ends against a whole rule's, line up within this.</param>
/// <param name="RuleBandGap">Points: pieces of one band of shading may be this far apart.</param>
/// <param name="RuleMaxStub">Points: a rule's end at most this far past a rule crossing it is a glyph's stroke (<see cref="RuleStubs"/>).</param>
/// <param name="RuleFillMargin">A pixel this much darker than the dark colour fill it is near, or more, is ink when rules
/// are found; brighter, it is the fill (<see cref="FillPaper"/>).</param>
/// <param name="RuleFillMinLuma">Colour fills darker than this (0-255) are left as they are when rules are found.</param>
/// <param name="Discs">When a solid blob with no colour is a disc, read as "●"; null for the defaults.</param>
/// <param name="Signs">How a "≥" read as "2" is told by its ink; null for the defaults.</param>
/// <param name="Baselines">How a word's baseline is read from its ink; null for the defaults.</param>
/// <param name="Decimals">How a decimal point the reading lost is told by its ink; null for the defaults.</param>
/// <param name="SecondLookPaper">Pixels at least this bright (0-255) are made paper on the mosaic of unread places.</param>
/// <param name="SecondLookDoubtful">Words read with less confidence than this (0-100) are read again on the mosaic of
/// unread places (<see cref="OcrDoubtfulWords"/>); null for none.</param>
/// <param name="SecondLookReach">Word heights an unsure word's place reaches out either side, short of a sure word.</param>
/// <param name="SecondLookSurerBy">Confidence a second reading must add to the unsure words' mean to replace them.</param>
/// <param name="SecondLookSegmentation">Tesseract's --psm for the mosaic of unread places (6: one block of lines).</param>
/// <param name="Spelling">How misspelled words are put right against Tesseract's word list; null for none.</param>
/// <param name="CacheFolder">Where Tesseract's word list is kept once unpacked; null for the user's cache folder.</param>
public sealed record TesseractOptions(
    string Tesseract = "tesseract",
    string Mutool = "mutool",
    string Language = "eng",
    int Dpi = 300,
    int PageSegmentation = 11,
    int? SecondPageSegmentation = null,
    TimeSpan? Timeout = null,
    bool ReadTurnedText = false,
    int SecondLookSegmentation = 6,
    OcrBoldOptions? Bold = null,
    bool ReadTurnedLabels = true,
    ScanColourRules? Colour = null,
    ScanShapeRules? Shapes = null,
    ScanGreyFillRules? GreyFills = null,
    IReadOnlyList<ScanWordRepair>? WordRepairs = null,
    ScanWordRules? Words = null,
    double RuleFlankInk = 0.3,
    double RuleFlankStroke = 2,
    double RuleMaxWord = 100,
    double RuleCoveredGap = 18,
    double RuleBandSlack = 3,
    double RuleBandGap = 10,
    double RuleMaxStub = 6,
    int RuleFillMargin = 15,
    int RuleFillMinLuma = 90,
    ScanDiscRules? Discs = null,
    ScanSignRules? Signs = null,
    ScanBaselineRules? Baselines = null,
    ScanDecimalRules? Decimals = null,
    int SecondLookPaper = 200,
    double? SecondLookDoubtful = null,
    double SecondLookReach = 1.5,
    double SecondLookSurerBy = 10,
    ScanSpellingRules? Spelling = null,
    string? CacheFolder = null)
{
    public TimeSpan PageTimeout => Timeout is { } t && t > TimeSpan.Zero ? t : TimeSpan.FromSeconds(180);
}
