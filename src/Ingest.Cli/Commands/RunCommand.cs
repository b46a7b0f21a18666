using System.CommandLine;
using System.Diagnostics;
using Ingest.Cli.Processing;
using Ingest.Core.Pipeline;
using Ingest.Store;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>`ingest run PATH...`: read, extract and load every document, with progress and a summary.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "files or folders to ingest", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var council = CommonOptions.Council();
        var command = new Command("run", "ingest documents from files and folders into the database") { paths, db, rules, council };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(rules),
            CommonOptions.Extraction(parse.GetValue(council))));
        return command;
    }

    private static int Run(string[] paths, string dbPath, string? rulesPath, Ingest.Extraction.ExtractionOptions options)
    {
        var clock = Stopwatch.StartNew();
        var files = InputWalker.Expand(paths, out var missing);
        foreach (var path in missing) Console.Error.WriteLine($"not found: {path}");
        if (files.Count == 0)
        {
            Console.Error.WriteLine("no documents to ingest");
            return missing.Count > 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var processor = Pipeline.Create(rulesPath);
        var outcomes = new List<(ProcessedDocument Document, string? LoadError)>();
        SqliteObservationStore opened;
        try
        {
            opened = SqliteObservationStore.Open(dbPath);
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"cannot open the database {dbPath}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        using (var store = opened)
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"ingesting {files.Count} document(s)", maxValue: files.Count);
                    foreach (var file in files)
                    {
                        task.Description = Markup.Escape(Path.GetFileName(file));
                        var processed = processor.Process(file, options);
                        outcomes.Add((processed, Load(store, processed)));
                        task.Increment(1);
                    }
                    task.Description = $"ingested {files.Count} document(s)";
                });
        }

        RunSummary.Print(outcomes, clock.Elapsed);
        return outcomes.Any(o => !o.Document.Succeeded || o.LoadError is not null) || missing.Count > 0
            ? ExitCodes.SomeFailed
            : ExitCodes.Ok;
    }

    /// <summary>Stores a result or a failure; a store error is that document's failure, not the run's.</summary>
    private static string? Load(IObservationStore store, ProcessedDocument processed)
    {
        try
        {
            if (processed.Succeeded)
            {
                var result = processed.Result!;
                var load = new DocumentLoad(processed.Source!, result.Council, result.Title, result.ReportingPeriod?.Label,
                    result.TableCount, result.Observations, processed.Timings, result.Actions);
                store.SaveDocument(load);
                return null;
            }
            if (processed.Source is not null) store.RecordFailure(processed.Source, processed.Error!, processed.Timings);
            return null;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return $"could not be stored: {e.Message}";
        }
    }
}
