using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Evaluation;
using Ingest.Cli.Processing;
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
        var command = new Command("eval", "score extraction against expected CSVs (row precision/recall, per-field accuracy)")
        {
            dir, minF1, verbose, rules,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(dir)!;
            if (!Directory.Exists(directory))
            {
                Console.Error.WriteLine($"not a folder: {directory}");
                return ExitCodes.Usage;
            }
            var report = new GoldEvaluator(Pipeline.Create(parse.GetValue(rules))).EvaluateAll(directory);
            if (report.Documents.Count == 0)
            {
                Console.Error.WriteLine($"no documents with a {GoldEvaluator.ExpectedSuffix} beside them under {directory}");
                return ExitCodes.Usage;
            }
            Print(report, parse.GetValue(verbose));
            var threshold = parse.GetValue(minF1);
            var total = report.Total;
            var below = total.F1 < threshold || total.Fields.Any(f => f.Accuracy < threshold) || total.Error is not null;
            if (below) Console.Error.WriteLine($"below --min-f1 {threshold.ToString(CultureInfo.InvariantCulture)} (or a document failed)");
            return below ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    public static void Print(EvaluationReport report, bool verbose)
    {
        var documents = new Table().Border(TableBorder.Rounded).Title("rows: extraction vs expected");
        documents.AddColumn("document");
        foreach (var name in new[] { "expected", "extracted", "matched", "precision", "recall", "F1" })
            documents.AddColumn(new TableColumn(name).RightAligned());
        foreach (var doc in report.Documents.Append(report.Total))
            documents.AddRow(
                Markup.Escape(doc.Document) + (doc.Error is null ? "" : $" [red]{Markup.Escape(doc.Error)}[/]"),
                doc.Expected.ToString(), doc.Extracted.ToString(), doc.Matched.ToString(),
                F(doc.Precision), F(doc.Recall), F(doc.F1));
        AnsiConsole.Write(documents);

        var fields = new Table().Border(TableBorder.Rounded).Title("fields on matched rows");
        fields.AddColumn("field");
        fields.AddColumn(new TableColumn("correct").RightAligned());
        fields.AddColumn(new TableColumn("compared").RightAligned());
        fields.AddColumn(new TableColumn("accuracy").RightAligned());
        fields.AddColumn("weakest document");
        foreach (var total in report.Total.Fields)
        {
            var weakest = report.Documents
                .Select(d => (d.Document, Score: d.Fields.FirstOrDefault(f => f.Field == total.Field)))
                .Where(d => d.Score is not null && d.Score.Accuracy < 1.0)
                .OrderBy(d => d.Score!.Accuracy)
                .FirstOrDefault();
            fields.AddRow(total.Field, total.Correct.ToString(), total.Compared.ToString(), F(total.Accuracy),
                weakest.Document is null ? "" : Markup.Escape($"{weakest.Document} ({F(weakest.Score!.Accuracy)})"));
        }
        AnsiConsole.Write(fields);

        foreach (var doc in report.Documents.Where(d => d.Differences.Count > 0))
        {
            Console.Out.WriteLine($"-- {doc.Document}: differences{(verbose ? "" : " (first 10; --verbose for all)")}");
            foreach (var line in verbose ? doc.Differences : doc.Differences.Take(10)) Console.Out.WriteLine("   " + line);
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
