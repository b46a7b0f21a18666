using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Output;
using Ingest.Core.Observations;
using Ingest.Core.Rules;
using Ingest.Dataset.Checks;
using Ingest.Store.Findings;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest check`: runs the dataset checks over the stored observations (replacing their earlier findings),
/// stores what they find and prints every finding, the per-document ones made at load included, by check.
/// </summary>
public static class CheckCommand
{
    private static readonly IReadOnlyList<string> Columns =
        ["check", "severity", "council", "indicator_key", "period", "document", "table", "row", "message"];

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var check = new Option<string?>("--check") { Description = "run and show only this check: " + string.Join(", ", CheckNames.All) };
        check.AcceptOnlyFromAmong([.. CheckNames.All]);
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv);
        var rules = CommonOptions.Rules();
        var council = CommonOptions.Council(rules, purpose: "only this council's observations and findings");
        var command = new Command("check", "check the dataset (RAG vs values, RAG summaries, value jumps, direction of travel, silent revisions) and list the findings")
            { db, check, council, format, rules };
        command.SetAction(parse =>
        {
            if (!CommonOptions.IsSqlite(parse.GetValue(db)!, "check")) return ExitCodes.Usage;
            var dbPath = parse.GetValue(db)!;
            var only = parse.GetValue(check);
            var councilKey = parse.GetValue(council) is { } given ? CouncilArgument.Resolve(given, parse.GetValue(rules)).Key ?? given : null;
            IReadOnlyList<StoredFinding> findings;
            try
            {
                var checks = DatasetChecks.FromRules(RulesDirectory.Locate(parse.GetValue(rules)));
                var observations = StoredObservations.Read(dbPath, councilKey);
                FindingStore.ReplaceDatasetFindings(dbPath, checks.Run(observations, only), only, councilKey);
                findings = FindingStore.Read(dbPath, only, councilKey);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or InvalidOperationException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.SomeFailed;
            }
            if (parse.GetValue(format) == OutputFormat.Csv) WriteCsv(findings);
            else WriteTables(findings);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string> Values(Finding f) =>
    [
        f.Check, f.Severity.ToString().ToLowerInvariant(), f.Council ?? "", f.IndicatorKey ?? "", f.Period ?? "", f.Document ?? "",
        f.Table?.ToString(CultureInfo.InvariantCulture) ?? "", f.Row?.ToString(CultureInfo.InvariantCulture) ?? "", f.Message,
    ];

    private static void WriteCsv(IReadOnlyList<StoredFinding> findings)
    {
        Console.Out.Write(CsvText.Line(Columns) + "\n");
        foreach (var f in findings) Console.Out.Write(CsvText.Line(Values(f.Finding)) + "\n");
    }

    private static void WriteTables(IReadOnlyList<StoredFinding> findings)
    {
        foreach (var group in findings.GroupBy(f => f.Finding.Check))
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(group.Key)}[/]: {group.Count()} finding{(group.Count() == 1 ? "" : "s")}");
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in Columns.Skip(1)) table.AddColumn(column);
            foreach (var f in group) table.AddRow(Values(f.Finding).Skip(1).Select(Markup.Escape).ToArray());
            AnsiConsole.Write(table);
        }
        var counts = CheckNames.All.Select(n => $"{n} {findings.Count(f => f.Finding.Check == n)}");
        AnsiConsole.MarkupLine(Markup.Escape($"{findings.Count} findings: {string.Join(", ", counts)}"));
    }
}
