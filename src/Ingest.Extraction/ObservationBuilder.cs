using Ingest.Core.Observations;
using Ingest.Core.Tables;
using Ingest.Extraction.Headers;
using Ingest.Extraction.Rows;
using Ingest.Extraction.Rules;
using Ingest.Normalisation;

namespace Ingest.Extraction;

/// <summary>Where an indicator row sits: its document, council, table, row and section.</summary>
/// <param name="Section">The path of section rows above the row (empty when the table has none).</param>
/// <param name="Heading">The heading before the table: the section when neither section rows nor a section column give one.</param>
/// <param name="Group">The row's section-column text, filled down from the rows above when its own cell is empty.</param>
public sealed record RowOrigin(string Council, ArrowRules? Arrows, string Document, Table Table, int Row, string Section, string Heading,
    string Group = "");

/// <summary>
/// Stage 4: turns one indicator row into observations, one per period group that has a target, an
/// actual or a RAG. Row-level facts repeat on each; commentary and trend go to the period their header
/// names, else the latest.
/// </summary>
public sealed class ObservationBuilder
{
    private readonly Normaliser _normaliser;
    private readonly RagCellReader _ragReader;
    private readonly DirectionReader _directions;
    private readonly IndicatorName _names;

    public ObservationBuilder(Normaliser normaliser, RagCellReader ragReader, IndicatorName names)
    {
        _names = names;
        _normaliser = normaliser;
        _ragReader = ragReader;
        _directions = new DirectionReader(normaliser);
    }

    public IReadOnlyList<Observation> Build(RowOrigin origin, TableLayout layout)
    {
        var table = origin.Table;
        string Text(int? column) => column is null ? "" : table.TextAt(origin.Row, column.Value);

        var indicator = layout.ColumnOf(ColumnField.Indicator) is { } indicatorColumn
            ? _names.Of(table.CellAt(origin.Row, indicatorColumn))
            : "";
        if (indicator.Length == 0) return [];

        var section = string.Join(" > ", new[] { origin.Section, origin.Group }.Where(p => p.Length > 0));
        if (section.Length == 0) section = origin.Heading;
        var polarityRaw = Text(layout.ColumnOf(ColumnField.Polarity));
        var polarity = _normaliser.ParsePolarity(polarityRaw);
        var rawValues = layout.Groups
            .SelectMany(g => new[] { Text(g.Target), Text(g.Actual) })
            .Where(v => v.Length > 0 && !_normaliser.IsAbsent(v))
            .ToList();
        var unit = _normaliser.InferUnit(indicator, rawValues);

        var rowCells = Enumerable.Range(0, table.ColumnCount).Select(c => table.CellAt(origin.Row, c)).OfType<Cell>().Distinct().ToList();
        var rowBox = rowCells.Select(c => c.Box).OfType<BoundingBox>().Aggregate((BoundingBox?)null, (a, b) => a is null ? b : a.Union(b));
        var commentaryRole = layout.Columns.FirstOrDefault(c => c.Field == ColumnField.Commentary);
        var dotRole = layout.Columns.FirstOrDefault(c => c.Field == ColumnField.Dot);
        var dotYoyRole = layout.Columns.FirstOrDefault(c => c.Field == ColumnField.DotYoy);

        var observations = new List<Observation>();
        foreach (var group in layout.Groups)
        {
            var targetRaw = Text(group.Target);
            var actualRaw = Text(group.Actual);
            // Without a RAG column the RAG may share the actual's cell ("83% RED"); only a word counts there.
            var rag = group.Rag is { } ragColumn
                ? _ragReader.Read(table.CellAt(origin.Row, ragColumn))
                : _normaliser.ParseRagWord(actualRaw) is { } inActual ? new RagReading(inActual, RagSource.Text) : null;
            var targetPresent = targetRaw.Length > 0 && !_normaliser.IsAbsent(targetRaw);
            var actualPresent = actualRaw.Length > 0 && !_normaliser.IsAbsent(actualRaw);
            if (!targetPresent && !actualPresent && rag is null) continue;

            // An absent target can still say why it is absent ("No Target - ...", "none set"): keep that qualifier.
            var target = targetRaw.Length > 0 ? _normaliser.ParseTarget(targetRaw, unit) : null;
            var actual = actualPresent ? _normaliser.ParseNumber(actualRaw, unit) : null;
            bool owns(ColumnRole? role) => role is not null && OwningPeriod(role, layout) == group.Period;

            var dotRaw = owns(dotRole) ? Text(dotRole!.Column) : "";
            var dotYoyRaw = owns(dotYoyRole) ? Text(dotYoyRole!.Column) : "";
            observations.Add(new Observation
            {
                Council = origin.Council,
                Document = origin.Document,
                Page = rowCells.Select(c => c.Page).FirstOrDefault(p => p is not null),
                RowBox = rowBox,
                Table = table.Index,
                Row = origin.Row + 1,
                Section = section,
                Indicator = indicator,
                IndicatorKey = IndicatorKey.Of(indicator),
                Polarity = polarity,
                Unit = unit,
                Period = group.Period,
                TargetRaw = targetRaw,
                Target = targetPresent ? target?.Value : null,
                TargetQualifier = target?.Qualifier ?? "",
                ActualRaw = actualRaw,
                Actual = actual?.Value,
                Rag = rag?.Rag,
                RagSource = rag?.Source,
                Dot = _directions.Read(dotRaw, polarity, origin.Arrows),
                DotYoy = _directions.Read(dotYoyRaw, polarity, origin.Arrows),
                DotRaw = dotRaw,
                Benchmark = Text(layout.ColumnOf(ColumnField.Benchmark)),
                Commentary = owns(commentaryRole) ? Text(commentaryRole!.Column) : "",
                Owner = Text(layout.ColumnOf(ColumnField.Owner)),
                // OCR'd cells carry how sure the reader was of their text; the least sure value cell bounds the row's.
                Confidence = Math.Min(Math.Min(targetPresent ? target?.Confidence ?? 1.0 : 1.0, actual?.Confidence ?? 1.0),
                    new[] { group.Target, group.Actual, group.Rag }
                        .Select(c => c is { } column ? table.CellAt(origin.Row, column)?.Confidence : null)
                        .Min() ?? 1.0),
            });
        }
        return observations;
    }

    /// <summary>
    /// A commentary column belongs to the period its header names, if the row has it, else the latest. A trend
    /// always describes the reporting period: the period in its header is what it is compared against.
    /// </summary>
    private static Period OwningPeriod(ColumnRole role, TableLayout layout) =>
        role.Field == ColumnField.Commentary && role.Period is { } named && layout.Groups.Any(g => g.Period == named)
            ? named
            : layout.Latest.Period;
}
