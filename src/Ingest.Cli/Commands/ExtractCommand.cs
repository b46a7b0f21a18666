using System.CommandLine;
using Ingest.Cli.Output;
using Ingest.Pipeline;
using Ingest.Core.Observations;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>`ingest extract FILE`: one document's observations to stdout, nothing stored.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "document to extract" };
        var format = CommonOptions.Format(OutputFormat.Csv, OutputFormat.Csv, OutputFormat.Jsonl, OutputFormat.Table);
        var rules = CommonOptions.Rules();
        var council = CommonOptions.Council(rules);
        var actions = new Option<bool>("--actions") { Description = "print the document's actions (status-only lists) instead of its observations, as CSV" };
        var command = new Command("extract", "extract one document's observations and print them (nothing is stored)")
        {
            file, format, rules, council, actions,
        };
        command.SetAction(parse =>
        {
            if (IndicatorMatcher.MissingLinkerWarning(RulesDirectory.Locate(parse.GetValue(rules))) is { } noModel) Console.Error.WriteLine(noModel);
            var processor = new IngestPipelineBuilder().UseRules(parse.GetValue(rules)).Build();
            var processed = processor.Process(parse.GetValue(file)!, CommonOptions.Extraction(parse.GetValue(council), parse.GetValue(rules)));
            if (!processed.Succeeded)
            {
                Console.Error.WriteLine($"{Path.GetFileName(processed.Path)}: {processed.Error}");
                return ExitCodes.SomeFailed;
            }
            foreach (var warning in processed.Result!.Warnings) Console.Error.WriteLine($"warning: {warning}");
            if (parse.GetValue(actions))
            {
                Console.Out.Write(CsvText.Line(ActionItem.ColumnNames) + "\n");
                foreach (var action in processed.Result.Actions) Console.Out.Write(CsvText.Line(action.Values()) + "\n");
                return ExitCodes.Ok;
            }
            ObservationWriter.Write(Console.Out, processed.Result.Observations.Select(ObservationColumns.Values), parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
