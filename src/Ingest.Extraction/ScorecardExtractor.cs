using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Rules;
using Ingest.Extraction.Actions;
using Ingest.Core.Tables;
using Ingest.Extraction.Context;
using Ingest.Extraction.Headers;
using Ingest.Extraction.Rows;
using Ingest.Extraction.Rules;
using Ingest.Normalisation;

namespace Ingest.Extraction;

/// <summary>
/// Finds the scorecard tables of a document, understands their headers and rows, and builds
/// observations. Tables that are not scorecards are reported with the reason, never guessed at.
/// </summary>
public sealed class ScorecardExtractor : IScorecardExtractor
{
    public const string UnknownCouncil = "unknown";

    private readonly Normaliser _normaliser;
    private readonly HeaderInterpreter _headers;
    private readonly RowClassifier _rows;
    private readonly ObservationBuilder _builder;
    private readonly CouncilDetector _councils;
    private readonly ActionListReader _actions;
    private readonly Blocks.KpiBlockReader _blocks;
    private readonly DocumentKindRules _documentKinds;

    public ScorecardExtractor(Normaliser normaliser, HeaderRules headerRules, CouncilRules councilRules, Blocks.BlockRules? blockRules = null,
        DocumentKindRules? documentKinds = null)
    {
        _documentKinds = documentKinds ?? new DocumentKindRules();
        _normaliser = normaliser;
        var ragReader = new RagCellReader(normaliser, headerRules);
        _headers = new HeaderInterpreter(headerRules, normaliser, ragReader);
        _rows = new RowClassifier(headerRules);
        _builder = new ObservationBuilder(normaliser, ragReader, new IndicatorName(headerRules.FootnoteMarkers));
        _councils = new CouncilDetector(councilRules);
        _actions = new ActionListReader(headerRules.Actions);
        _blocks = new Blocks.KpiBlockReader(normaliser, blockRules ?? new Blocks.BlockRules(), new RelativePeriodWords(headerRules.RelativePeriods));
    }

    public static ScorecardExtractor FromRules(RulesDirectory rules) => new(
        Normaliser.FromRules(rules),
        rules.Load<HeaderRules>(HeaderRules.FileName),
        CouncilRulesLoader.Load(rules),
        rules.Load<Blocks.BlockRules>(Blocks.BlockRules.FileName),
        rules.Load<DocumentKindRules>(DocumentKindRules.FileName));

    public ExtractionResult Extract(DocumentContent document, ExtractionOptions? options = null)
    {
        var warnings = new List<string>(document.Warnings);
        var council = options?.Council is { } named ? _councils.ByKey(named) : _councils.Detect(document);
        if (options?.Council is { } given && council is null)
            warnings.Add($"council '{given}' is not in extraction-rules/councils.yaml or council-register.yaml: its arrow conventions are unknown");
        // A council given by name or code is stored under its key, as a detected one is.
        var councilKey = council?.Key ?? options?.Council ?? UnknownCouncil;

        var statedPeriod = document.StatedText().Select(p => _normaliser.FindPeriod(p)).FirstOrDefault(p => p is not null);
        if (_documentKinds.NotAScorecard(document) is { } title)
        {
            var reason = $"the report is titled '{title}': not a performance report (extraction-rules/{DocumentKindRules.FileName})";
            return new ExtractionResult(councilKey, title, statedPeriod, document.Tables.Count,
                document.Tables.Select(t => new TableReport(t.Index, t.RowCount, false, reason, 0)).ToList(), [], warnings, []);
        }

        // The document's own key decides what its arrows mean, before the council's convention.
        var legend = _normaliser.Legends.Read(LegendTexts(document));
        var arrows = legend.Arrows is { } key ? DocumentArrows.From(key) : council?.Arrows;

        var reports = new List<TableReport>();
        var observations = new List<Observation>();
        var periods = new List<Period>();
        var actionTables = new List<Table>();
        foreach (var table in document.Tables)
        {
            var tablePeriod = table.Context.Select(p => _normaliser.FindPeriod(p, statedPeriod)).LastOrDefault(p => p is not null);
            var layoutResult = _headers.Interpret(table, statedPeriod, tablePeriod ?? statedPeriod);
            if (layoutResult.Layout is not { } layout)
            {
                reports.Add(new TableReport(table.Index, table.RowCount, false, layoutResult.Reason, 0));
                actionTables.Add(table);
                continue;
            }
            var found = ExtractTable(document, table, layout, councilKey, arrows);
            if (found.Count > 0 && !found.Any(HasMeasurement))
            {
                // Headers can read like a scorecard's ("Measure", "Led by", "Timescale") on a plan of
                // commitments; without a single number, RAG or trend it measured nothing.
                reports.Add(new TableReport(table.Index, table.RowCount, false, NoMeasurements, 0));
                actionTables.Add(table);
                continue;
            }
            observations.AddRange(found);
            // A table that read no rows (a KPI box's chart, its axis taken for a header) says nothing of the report's date.
            if (found.Count > 0) periods.Add(layout.Latest.Period);
            reports.Add(new TableReport(table.Index, table.RowCount, true, null, found.Count));
        }

        var reportingPeriod = periods.Count > 0 ? periods.MaxBy(p => p.End) : statedPeriod;
        observations = _blocks.Merge(document, observations, reportingPeriod, councilKey, arrows);
        var actions = actionTables
            .SelectMany(t => _actions.Read(t, councilKey, document.Source.FileName, reportingPeriod?.Label ?? ""))
            .ToList();
        if (councilKey == UnknownCouncil && (observations.Count > 0 || actions.Count > 0))
            throw new DocumentException(
                "council not recognised: no name from extraction-rules/councils.yaml appears in the document; name it with --council");
        reports = reports.Select(r => r with { Actions = actions.Count(a => a.Table == r.Index) }).ToList();
        return new ExtractionResult(councilKey, FindTitle(document, council), reportingPeriod, document.Tables.Count,
            reports, observations, warnings, actions);
    }

    /// <summary>Where a key is printed: running text, the lines around tables, and small tables (a key table).</summary>
    private static IEnumerable<string> LegendTexts(DocumentContent document) =>
        document.Paragraphs
            .Concat(document.Tables.SelectMany(t => t.Context))
            .Concat(document.Tables.Where(t => t.RowCount <= 8 && t.ColumnCount <= 4)
                .SelectMany(t => Enumerable.Range(0, t.RowCount)
                    .Select(r => string.Join(" ", Enumerable.Range(0, t.ColumnCount).Select(c => t.TextAt(r, c)).Where(x => x.Length > 0)))));

    public const string NoMeasurements = "no row has a number, a RAG status or a direction of travel: not a scorecard";

    private static bool HasMeasurement(Observation o) => o.Actual is not null || o.Target is not null || o.Rag is not null || o.Dot is not null;

    private List<Observation> ExtractTable(DocumentContent document, Table table, TableLayout layout, string council, ArrowRules? arrows)
    {
        var observations = new List<Observation>();
        var sections = new SectionPath();
        // A table without section rows or a section column takes its section from the heading just before it.
        var heading = table.Context.LastOrDefault(IsHeadingLike) ?? "";
        var group = "";
        for (var row = layout.FirstDataRow; row < table.RowCount; row++)
        {
            switch (_rows.Classify(table, row, layout))
            {
                case RowKind.Section:
                    var cell = RowClassifier.SectionCell(table, row)!;
                    sections.Enter(cell.CleanText, RowClassifier.SectionStrength(cell));
                    group = "";
                    break;
                case RowKind.Indicator:
                    // A grouping column printed once per group (a merge split by a page break, or left
                    // blank below its first row) means "same as above".
                    if (layout.ColumnOf(ColumnField.Section) is { } groupColumn && table.TextAt(row, groupColumn) is { Length: > 0 } named)
                        group = named;
                    observations.AddRange(_builder.Build(
                        new RowOrigin(council, arrows, document.Source.FileName, table, row, sections.ToString(), heading, group), layout));
                    break;
            }
        }
        return observations;
    }

    // Headings are short and do not end like sentences ("Performance is as follows:" is not one).
    private static bool IsHeadingLike(string text)
    {
        var line = TextNormaliser.Collapse(text);
        return line.Length is > 0 and <= 100 && !".:;,".Contains(line[^1]) && line.Split(' ').Length <= 14;
    }

    private static string? FindTitle(DocumentContent document, CouncilRule? council)
    {
        if (document.Title is { } declared) return declared;
        var names = council?.Names.Append(council.Title).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return document.Paragraphs
            .Select(TextNormaliser.Collapse)
            .FirstOrDefault(p => p.Length is > 3 and <= 150 && !names.Contains(p));
    }
}
