using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Evaluation;
using Ingest.Pipeline;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>`ingest eval DIR`: extraction scored against expected CSVs, per document and in total.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "folder with documents and NAME.expected.csv beside each" };
        var minF1 = new Option<double>("--min-f1")
        {
            Description = "exit 1 when the total row F1 or any field's accuracy is below this (0..1)",
            DefaultValueFactory = _ => 0.0,
        };
        var verbose = new Option<bool>("--verbose") { Description = "list every difference" };
        var rules = CommonOptions.Rules();
        var council = CommonOptions.Council(rules);
        var command = new Command("eval", "score extraction against expected CSVs (row precision/recall, per-field accuracy)")
        {
            dir, minF1, verbose, rules, council,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(dir)!;
            if (!Directory.Exists(directory))
            {
                Console.Error.WriteLine($"not a folder: {directory}");
                return ExitCodes.Usage;
            }
            var report = new GoldEvaluator(new IngestPipelineBuilder().UseRules(parse.GetValue(rules)).Build(), CommonOptions.Extraction(parse.GetValue(council), parse.GetValue(rules)))
                .EvaluateAll(directory);
            if (report.Documents.Count == 0)
            {
                Console.Error.WriteLine($"no documents with a {GoldEvaluator.ExpectedSuffix} beside them under {directory}");
                return ExitCodes.Usage;
            }
            Print(report, parse.GetValue(verbose), Layouts(directory));
            var threshold = parse.GetValue(minF1);
            var below = new[] { report.Total, report.ActionsTotal }
                .Any(t => t.F1 < threshold || t.Fields.Any(f => f.Accuracy < threshold) || t.Error is not null);
            if (below) Console.Error.WriteLine($"below --min-f1 {threshold.ToString(CultureInfo.InvariantCulture)} (or a document failed)");
            return below ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    public static void Print(EvaluationReport report, bool verbose, IReadOnlyDictionary<string, string> layouts)
    {
        AnsiConsole.Write(RowsTable("rows: extraction vs expected", report.Documents.Append(report.Total), withErrors: true));
        AnsiConsole.Write(RowsTable("by format", report.By(d => Path.GetExtension(d.Document).TrimStart('.').ToLowerInvariant()), withErrors: false));
        if (layouts.Count > 0)
            AnsiConsole.Write(RowsTable("by layout (manifest.csv)", report.By(d => LayoutOf(d.Document, layouts)), withErrors: false));
        AnsiConsole.Write(FieldsTable("fields on matched rows", report.Total, report.Documents));
        if (report.Actions.Count > 0)
        {
            AnsiConsole.Write(RowsTable("actions: extraction vs expected", report.Actions.Append(report.ActionsTotal), withErrors: true));
            AnsiConsole.Write(FieldsTable("action fields on matched actions", report.ActionsTotal, report.Actions));
        }
        foreach (var doc in report.Documents.Concat(report.Actions).Where(d => d.Differences.Count > 0))
        {
            Console.Out.WriteLine($"-- {doc.Document}: differences{(verbose ? "" : " (first 10; --verbose for all)")}");
            foreach (var line in verbose ? doc.Differences : doc.Differences.Take(10)) Console.Out.WriteLine("   " + line);
        }
    }

    // A twin printed from a listed document (the PDF of a .docx) has its layout.
    public static string LayoutOf(string document, IReadOnlyDictionary<string, string> layouts)
    {
        var full = Path.GetFullPath(document);
        if (layouts.TryGetValue(full, out var layout)) return layout;
        var stem = Path.ChangeExtension(full, null);
        return layouts.FirstOrDefault(l => Path.ChangeExtension(l.Key, null) == stem).Value ?? "(not in manifest)";
    }

    /// <summary>The layout of each document listed in DIR/manifest.csv (columns path and layout), by full path.</summary>
    public static IReadOnlyDictionary<string, string> Layouts(string directory)
    {
        var manifest = Path.Combine(directory, "manifest.csv");
        if (!File.Exists(manifest)) return new Dictionary<string, string>();
        return Evaluation.GoldComparer.ParseCsv(File.ReadAllText(manifest))
            .Where(r => r.ContainsKey("path") && r.ContainsKey("layout"))
            .GroupBy(r => Path.GetFullPath(Path.Combine(directory, r["path"])))
            .ToDictionary(g => g.Key, g => g.First()["layout"]);
    }

    private static Table RowsTable(string title, IEnumerable<DocumentEvaluation> rows, bool withErrors)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title);
        table.AddColumn(withErrors ? "document" : "group");
        foreach (var name in new[] { "expected", "extracted", "matched", "precision", "recall", "F1", "lowest field" })
            table.AddColumn(new TableColumn(name).RightAligned());
        foreach (var doc in rows)
        {
            var lowest = doc.Fields.Where(f => f.Compared > 0).OrderBy(f => f.Accuracy).FirstOrDefault();
            table.AddRow(
                Markup.Escape(doc.Document) + (!withErrors || doc.Error is null ? "" : $" [red]{Markup.Escape(doc.Error)}[/]"),
                doc.Expected.ToString(), doc.Extracted.ToString(), doc.Matched.ToString(),
                F(doc.Precision), F(doc.Recall), F(doc.F1),
                lowest is null ? "" : $"{lowest.Field} {F(lowest.Accuracy)}");
        }
        return table;
    }

    private static Table FieldsTable(string title, DocumentEvaluation total, IReadOnlyList<DocumentEvaluation> documents)
    {
        var fields = new Table().Border(TableBorder.Rounded).Title(title);
        fields.AddColumn("field");
        fields.AddColumn(new TableColumn("correct").RightAligned());
        fields.AddColumn(new TableColumn("compared").RightAligned());
        fields.AddColumn(new TableColumn("accuracy").RightAligned());
        fields.AddColumn("weakest document");
        foreach (var field in total.Fields)
        {
            var weakest = documents
                .Select(d => (d.Document, Score: d.Fields.FirstOrDefault(f => f.Field == field.Field)))
                .Where(d => d.Score is not null && d.Score.Accuracy < 1.0)
                .OrderBy(d => d.Score!.Accuracy)
                .FirstOrDefault();
            fields.AddRow(field.Field, field.Correct.ToString(), field.Compared.ToString(), F(field.Accuracy),
                weakest.Document is null ? "" : Markup.Escape($"{weakest.Document} ({F(weakest.Score!.Accuracy)})"));
        }
        return fields;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
