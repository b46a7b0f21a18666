using CorpusBuilder.Contract;
using CorpusBuilder.Derivation;
using CorpusBuilder.Report;
using CorpusBuilder.Word;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace CorpusBuilder.Randomised;

/// <summary>
/// A scorecard table with randomly chosen columns, headers, widths, rules, RAG and arrow styles, and its gold
/// observations: per indicator row, one observation per printed quarter; trend and commentary on the latest.
/// </summary>
internal sealed class RandomScorecard
{
    private const string SectionFill = "D9E2F3";
    private const string HeaderFill = "F2F2F2";

    private readonly SeededRandom _random;
    private readonly RandomChoices _choices;
    private readonly Marks _marks;
    private readonly bool _arrowsShowValue;
    private readonly IReadOnlyList<Period> _quarters;
    private readonly int _labelStyle;

    /// <param name="quarters">The printed quarters, latest first.</param>
    public RandomScorecard(SeededRandom random, RandomChoices choices, Marks marks, bool arrowsShowValue, IReadOnlyList<Period> quarters)
    {
        _random = random;
        _choices = choices;
        _marks = marks;
        _arrowsShowValue = arrowsShowValue;
        _quarters = quarters;
        _labelStyle = random.Int(0, 2);
    }

    /// <param name="heading">The heading printed before the table: the rows' section when the table has no section rows
    /// (the convention the corpus's gold files follow for a table under a heading).</param>
    public (GridTable Table, IReadOnlyList<Observation> Observations) Build(string council, string document, int tableNumber, int pageWidth, string heading)
    {
        var columns = Columns(pageWidth);
        var rows = new List<GridRow>();
        rows.AddRange(HeaderRows(columns));
        var observations = new List<Observation>();
        var count = _choices.LongTable ? _random.Int(24, 30) : _random.Int(6, 14);
        var picked = _random.Shuffled(InventedIndicators.BySection.SelectMany(s => s.Indicators.Select(i => (s.Section, Indicator: i))))
            .Take(count).ToList();
        // Rows stay grouped by section in the order the sections are listed, so section rows read naturally.
        var sections = InventedIndicators.BySection.Select(s => s.Section).ToList();
        foreach (var group in picked.GroupBy(p => p.Section).OrderBy(g => sections.IndexOf(g.Key)))
        {
            if (_choices.SectionRows)
                rows.Add(new GridRow([GridCell.Text(group.Key, bold: true, fill: _random.Chance(0.5) ? SectionFill : null, span: columns.Count)]));
            foreach (var (section, indicator) in group)
            {
                var figures = IndicatorFigures.Draw(_random, indicator, _quarters.Count);
                var row = IndicatorRow(columns, figures, section, out var printed);
                rows.Add(row);
                observations.AddRange(Observe(council, document, tableNumber, rows.Count, _choices.SectionRows ? section : heading, columns, figures, printed));
            }
        }
        return (new GridTable(columns.Select(c => c.Width).ToList(), rows) { Rules = _choices.Rules }.Checked(), observations);
    }

    private List<ScorecardColumn> Columns(int pageWidth)
    {
        var narrow = _choices.NarrowHeaders;
        var columns = new List<ScorecardColumn> { new(ColumnField.Indicator, _random.Pick(["Indicator", "Performance indicator", "Measure", "KPI"]), null, 3600) };
        if (_choices.PolarityColumn) columns.Add(new(ColumnField.Polarity, _random.Pick(["Good is", "Polarity"]), null, 900));
        var order = _random.Pick<ColumnField[]>([[ColumnField.Target, ColumnField.Actual, ColumnField.Rag], [ColumnField.Actual, ColumnField.Target, ColumnField.Rag], [ColumnField.Rag, ColumnField.Target, ColumnField.Actual]]);
        var groups = new List<List<ScorecardColumn>>();
        for (var q = 0; q < _quarters.Count; q++)
        {
            var fields = q == 0 ? order : _random.Pick<ColumnField[]>([order, [ColumnField.Actual], order.Where(f => f != ColumnField.Target).ToArray()]);
            groups.Add(fields.Select(f => Column(f, q, narrow)).ToList());
        }
        if (!_choices.LatestFirst) groups.Reverse();
        var dot = new ScorecardColumn(ColumnField.Dot, narrow ? "DoT" : _random.Pick(["DoT", "Direction of travel", "Trend"]), null, narrow ? 520 : 1000, narrow);
        var dotFirst = _random.Chance(0.3);
        if (dotFirst) columns.Add(dot);
        foreach (var g in groups) columns.AddRange(g);
        if (!dotFirst) columns.Add(dot);
        if (_choices.Commentary) columns.Add(new(ColumnField.Commentary, _random.Pick(["Commentary", "Comments"]), null, 3000));
        if (_choices.Owner) columns.Add(new(ColumnField.Owner, _random.Pick(["Lead officer", "Owner"]), null, 1500));
        // Wide columns share what the narrow ones leave of the page.
        var fixedWidth = columns.Where(c => c.Narrow).Sum(c => c.Width);
        var flexible = columns.Where(c => !c.Narrow).Sum(c => c.Width);
        var scale = (double)(pageWidth - fixedWidth) / flexible;
        var scaled = columns.Select(c => c.Narrow ? c : c with { Width = (int)(c.Width * scale) }).ToList();
        var first = scaled[0];
        scaled[0] = first with { Width = first.Width + pageWidth - scaled.Sum(c => c.Width) };
        return scaled;
    }

    private ScorecardColumn Column(ColumnField field, int quarter, bool narrow) => field switch
    {
        ColumnField.Target => new(field, _random.Pick(["Target", "Tgt"]), quarter, 1000),
        // Narrow cells fit the figures but not the header word, which the printer breaks inside the word.
        ColumnField.Actual when narrow => new(field, "Outturn", quarter, 760, true),
        ColumnField.Actual => new(field, _random.Pick(["Actual", "Outturn", "Result", "Performance"]), quarter, 1000),
        _ when narrow && _choices.Rag != RagStyle.Word => new(field, "Status", quarter, 560, true),
        _ => new(field, _random.Pick(["RAG", "Status", "RAG status", "Rating"]), quarter, 900),
    };

    private IEnumerable<GridRow> HeaderRows(IReadOnlyList<ScorecardColumn> columns)
    {
        var repeat = _choices.LongTable && _choices.RepeatHeader;
        if (!_choices.TwoRowHeader)
        {
            yield return new GridRow(columns.Select(c => Header(c.Quarter is { } q ? $"{c.Header} {Label(q)}" : c.Header)).ToList(), repeat, true);
            yield break;
        }
        var top = new List<GridCell>();
        var bottom = new List<GridCell>();
        for (var i = 0; i < columns.Count;)
        {
            var c = columns[i];
            if (c.Quarter is not { } q)
            {
                top.Add(Header(c.Header) with { Merge = RowMerge.Restart });
                bottom.Add(GridCell.Continue(fill: HeaderFill));
                i++;
                continue;
            }
            var span = columns.Skip(i).TakeWhile(x => x.Quarter == q).Count();
            top.Add(Header(Label(q)) with { ColSpan = span });
            bottom.AddRange(columns.Skip(i).Take(span).Select(x => Header(x.Header)));
            i += span;
        }
        yield return new GridRow(top, repeat, true);
        yield return new GridRow(bottom, repeat, true);
    }

    private static GridCell Header(string text) => GridCell.Text(text, bold: true, fill: HeaderFill);

    private string Label(int quarter)
    {
        var p = _quarters[quarter];
        var year = p.Label[3..];
        string[] styles = [p.Label, $"{p.Label[..2]} - {year}", $"{p.Label[..2]} {year[2..4]}/{year[5..]}"];
        return styles[_labelStyle];
    }

    /// <summary>The printed row; <paramref name="printed"/> holds each value cell's text by column.</summary>
    private GridRow IndicatorRow(IReadOnlyList<ScorecardColumn> columns, IndicatorFigures figures, string section, out Dictionary<ScorecardColumn, string> printed)
    {
        printed = [];
        var cells = new List<GridCell>();
        var indicator = figures.Indicator;
        foreach (var c in columns)
        {
            var cell = c.Field switch
            {
                ColumnField.Indicator => GridCell.Text(indicator.Name),
                ColumnField.Polarity => GridCell.Text(Polarity(indicator.Polarity)),
                ColumnField.Target => GridCell.Text(figures.TargetPrinted),
                ColumnField.Actual => GridCell.Text(indicator.Print(figures.Actuals[c.Quarter!.Value])),
                ColumnField.Rag => _marks.Rag(figures.RagOf(figures.Actuals[c.Quarter!.Value]), _choices.Rag),
                ColumnField.Dot => new GridCell(_marks.Draw(ArrowFor(figures), _choices.Dot)),
                ColumnField.Commentary => GridCell.Text(RandomTexts.Commentary(_random, figures.Travel().Dot)),
                _ => GridCell.Text(RandomTexts.Owner(section)),
            };
            printed[c] = cell.PlainText;
            cells.Add(cell);
        }
        return new GridRow(cells);
    }

    private string Polarity(Polarity polarity) => (polarity, _random.Chance(0.5)) switch
    {
        (Ingest.Core.Observations.Polarity.Lower, true) => "Low",
        (Ingest.Core.Observations.Polarity.Lower, false) => "Smaller is better",
        (_, true) => "High",
        _ => "Bigger is better",
    };

    private Arrow ArrowFor(IndicatorFigures figures)
    {
        var (dot, moved) = figures.Travel();
        if (_arrowsShowValue) return moved;
        return dot switch { Direction.Improving => Arrow.Up, Direction.Declining => Arrow.Down, _ => Arrow.Level };
    }

    private IEnumerable<Observation> Observe(string council, string document, int table, int row, string section,
        IReadOnlyList<ScorecardColumn> columns, IndicatorFigures figures, Dictionary<ScorecardColumn, string> printed)
    {
        var name = TextNormaliser.Collapse(figures.Indicator.Name);
        var valueCells = columns.Where(c => c.Field is ColumnField.Target or ColumnField.Actual).Select(c => printed[c]);
        var unit = RowUnit.Of(name, valueCells);
        var polarity = _choices.PolarityColumn ? figures.Indicator.Polarity : (Polarity?)null;
        var owner = columns.Any(c => c.Field == ColumnField.Owner) ? printed[columns.Single(c => c.Field == ColumnField.Owner)] : "";
        for (var q = 0; q < _quarters.Count; q++)
        {
            var mine = columns.Where(c => c.Quarter == q).ToList();
            var target = mine.Where(c => c.Field == ColumnField.Target).Select(c => printed[c]).FirstOrDefault() ?? "";
            var actual = mine.Where(c => c.Field == ColumnField.Actual).Select(c => printed[c]).FirstOrDefault() ?? "";
            var hasRag = mine.Any(c => c.Field == ColumnField.Rag);
            var latest = q == 0;
            var (dot, _) = figures.Travel();
            var dotColumn = columns.Any(c => c.Field == ColumnField.Dot);
            var pickedTarget = CellNumbers.Read(target).Pick(unit);
            var pickedActual = CellNumbers.Read(actual).Pick(unit);
            yield return new Observation
            {
                Council = council,
                Document = document,
                Table = table,
                Row = row,
                Section = section,
                Indicator = name,
                IndicatorKey = IndicatorKey.Of(name),
                Polarity = polarity,
                Unit = unit,
                Period = _quarters[q],
                TargetRaw = target,
                Target = pickedTarget?.Value,
                TargetQualifier = TargetQualifier.Of(target),
                ActualRaw = actual,
                Actual = pickedActual?.Value,
                Rag = hasRag ? figures.RagOf(figures.Actuals[q]) : null,
                RagSource = hasRag ? (_choices.Rag is RagStyle.Word or RagStyle.Letter ? RagSource.Text : RagSource.Colour) : null,
                // The document's key (or, without one, the council's convention) says what its arrows mean.
                Dot = latest && dotColumn ? dot : null,
                DotRaw = latest && dotColumn ? Marks.Raw(ArrowFor(figures), _choices.Dot) : "",
                Commentary = latest ? columns.Where(c => c.Field == ColumnField.Commentary).Select(c => printed[c]).FirstOrDefault() ?? "" : "",
                Owner = owner,
                Confidence = pickedTarget?.FromSeveral == true || pickedActual?.FromSeveral == true ? 0.7 : 1.0,
            };
        }
    }
}
