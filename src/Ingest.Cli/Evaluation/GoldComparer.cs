using System.Globalization;
using Ingest.Core.Observations;
using Ingest.Core.Tables;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Compares extracted rows with expected rows. Rows match on council + normalised indicator + period;
/// fields are then compared on matched rows, numbers numerically and text with whitespace collapsed.
/// </summary>
public static class GoldComparer
{
    /// <summary>Compared fields; "period" covers its type and dates.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["target", "actual", "rag", "rag_source", "dot", "polarity", "unit", "period", "section", "benchmark", "commentary", "owner"];

    private static readonly HashSet<string> NumericFields = ["target", "actual"];

    /// <summary>Fields compared on actions, which match on council + normalised text.</summary>
    public static readonly IReadOnlyList<string> ActionFields = ["status", "section", "period_label"];

    public static DocumentEvaluation Compare(string document, IReadOnlyList<IReadOnlyDictionary<string, string>> expected,
        IReadOnlyList<IReadOnlyDictionary<string, string>> extracted, int maxDifferences = 50) =>
        Compare(document, expected, extracted, Fields, Key, maxDifferences);

    public static DocumentEvaluation CompareActions(string document, IReadOnlyList<IReadOnlyDictionary<string, string>> expected,
        IReadOnlyList<IReadOnlyDictionary<string, string>> extracted, int maxDifferences = 50) =>
        Compare(document, expected, extracted, ActionFields,
            row => $"{Get(row, "council")}|{IndicatorKey.Of(Get(row, "text"))}", maxDifferences);

    private static DocumentEvaluation Compare(string document, IReadOnlyList<IReadOnlyDictionary<string, string>> expected,
        IReadOnlyList<IReadOnlyDictionary<string, string>> extracted, IReadOnlyList<string> fields,
        Func<IReadOnlyDictionary<string, string>, string> key, int maxDifferences)
    {
        var remaining = extracted.GroupBy(key).ToDictionary(g => g.Key, g => new Queue<IReadOnlyDictionary<string, string>>(g));
        var correct = fields.ToDictionary(f => f, _ => 0);
        var differences = new List<string>();
        var matched = 0;
        foreach (var want in expected)
        {
            if (!remaining.TryGetValue(key(want), out var queue) || queue.Count == 0)
            {
                differences.Add($"missing: {Describe(want)}");
                continue;
            }
            var got = queue.Dequeue();
            matched++;
            foreach (var field in fields)
            {
                var (a, b) = (Value(want, field), Value(got, field));
                if (Equal(field, a, b)) correct[field]++;
                else differences.Add($"{field}: {Describe(want)}: expected '{a}', got '{b}'");
            }
        }
        differences.AddRange(remaining.Values.SelectMany(q => q).Select(r => $"unexpected: {Describe(r)}"));
        return new DocumentEvaluation(document, expected.Count, extracted.Count, matched,
            fields.Select(f => new FieldScore(f, correct[f], matched)).ToList(),
            differences.Take(maxDifferences).ToList());
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ParseCsv(string text)
    {
        var records = CsvText.Parse(text.TrimStart('\uFEFF'));
        if (records.Count == 0) return [];
        var header = records[0];
        return records.Skip(1)
            .Where(r => r.Length > 1 || r.Length == 1 && r[0].Length > 0)
            .Select(r => (IReadOnlyDictionary<string, string>)header
                .Select((name, i) => (name, value: i < r.Length ? r[i] : ""))
                .ToDictionary(p => p.name, p => p.value))
            .ToList();
    }

    public static IReadOnlyDictionary<string, string> ToRow(Observation observation) =>
        Zip(ObservationColumns.Names, ObservationColumns.Values(observation));

    public static IReadOnlyDictionary<string, string> ToRow(ActionItem action) => Zip(ActionItem.ColumnNames, action.Values());

    private static IReadOnlyDictionary<string, string> Zip(IReadOnlyList<string> names, IReadOnlyList<string> values) =>
        names.Select((n, i) => (n, values[i])).ToDictionary(p => p.n, p => p.Item2);

    private static string Key(IReadOnlyDictionary<string, string> row) =>
        $"{Get(row, "council")}|{IndicatorKey.Of(Get(row, "indicator"))}|{Get(row, "period_label")}";

    private static string Value(IReadOnlyDictionary<string, string> row, string field) => field == "period"
        ? $"{Get(row, "period_type")} {Get(row, "period_start")}..{Get(row, "period_end")}"
        : Get(row, field);

    private static bool Equal(string field, string expected, string actual)
    {
        if (NumericFields.Contains(field)
            && decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
            return Math.Abs(a - b) < 0.0000001m;
        return string.Equals(TextNormaliser.Collapse(expected), TextNormaliser.Collapse(actual), StringComparison.Ordinal);
    }

    private static string Get(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var v) ? v : "";

    private static string Describe(IReadOnlyDictionary<string, string> row)
    {
        var indicator = Get(row, "indicator") is { Length: > 0 } name ? name : Get(row, "text");
        if (indicator.Length > 60) indicator = indicator[..57] + "...";
        return $"[{Get(row, "period_label")}] {indicator} (table {Get(row, "table")} row {Get(row, "row")})";
    }
}
