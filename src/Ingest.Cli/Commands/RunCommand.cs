using Ingest.Pipeline;
using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using Ingest.Cli.Processing;
using Ingest.Core.Pipeline;
using Ingest.Extraction;
using Ingest.Core.Rules;
using Ingest.Dataset.Catalogue;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest run PATH...`: read and extract documents on several workers, load them through one writer in
/// input order (so the database does not depend on scheduling), skip content this extractor version has
/// already loaded, and end with a summary.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "files or folders to ingest", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var council = CommonOptions.Council(rules);
        var force = new Option<bool>("--force") { Description = "re-extract documents even when this version already loaded them" };
        var workers = new Option<int>("--workers")
        {
            Description = "documents read and extracted at once (default: the number of cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("run", "ingest documents from files and folders into the database")
        {
            paths, db, rules, council, force, workers,
        };
        command.SetAction(parse => Run(new RunSettings(parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(rules),
            CommonOptions.Extraction(parse.GetValue(council), parse.GetValue(rules)), parse.GetValue(force), Math.Max(1, parse.GetValue(workers)))));
        return command;
    }

    private sealed record RunSettings(string[] Paths, string Database, string? Rules, ExtractionOptions Options, bool Force, int Workers);

    private static int Run(RunSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var files = InputWalker.Expand(settings.Paths, out var missing, out var skipped);
        foreach (var path in missing) Console.Error.WriteLine($"not found: {path}");
        foreach (var folder in skipped) Console.Error.WriteLine($"skipped {folder}");
        if (files.Count == 0)
        {
            Console.Error.WriteLine("no documents to ingest");
            return missing.Count > 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var ocrPages = new OcrPageProgress();
        if (IndicatorMatcher.MissingLinkerWarning(RulesDirectory.Locate(settings.Rules)) is { } warning) Console.Error.WriteLine(warning);
        var processor = new IngestPipelineBuilder().UseRules(settings.Rules).UseOcrProgress(ocrPages).Build();
        if (CommonOptions.OpenDatabase(settings.Database) is not { } database) return ExitCodes.Usage;
        IObservationStore opened;
        try
        {
            opened = CouncilSeries.WithContinuity(database.OpenStore(), database, settings.Rules);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException or UnauthorizedAccessException
                                      or System.Net.Sockets.SocketException or TimeoutException)
        {
            Console.Error.WriteLine($"cannot open the database {database.Name}: {e.Message}");
            return ExitCodes.SomeFailed;
        }

        var outcomes = new List<(ProcessedDocument Document, string? LoadError)>();
        using (var store = opened)
        {
            var skip = settings.Force ? null : store.CurrentContent(processor.Version);
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"ingesting {files.Count} document(s)", maxValue: files.Count);
                    ocrPages.Attach(context);
                    try
                    {
                        foreach (var processed in InOrder(files, settings.Workers, file => processor.Process(file, settings.Options, skip)))
                        {
                            task.Description = Markup.Escape(Path.GetFileName(processed.Path));
                            outcomes.Add((processed, processed.Skipped ? null : processed.SaveTo(store, processor.Version)));
                            task.Increment(1);
                        }
                        task.Description = $"ingested {files.Count} document(s)";
                    }
                    finally
                    {
                        ocrPages.Attach(null);
                    }
                });
        }

        RunSummary.Print(outcomes, clock.Elapsed);
        return outcomes.Any(o => !o.Document.Succeeded && !o.Document.Skipped || o.LoadError is not null) || missing.Count > 0
            ? ExitCodes.SomeFailed
            : ExitCodes.Ok;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on up to <paramref name="workers"/> items at once and yields the results in
    /// input order. The bounded channel keeps at most that many finished-but-unwritten results in memory.
    /// </summary>
    private static IEnumerable<ProcessedDocument> InOrder(IReadOnlyList<string> files, int workers, Func<string, ProcessedDocument> work)
    {
        var pending = Channel.CreateBounded<Task<ProcessedDocument>>(new BoundedChannelOptions(workers) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var file in files) await pending.Writer.WriteAsync(Task.Run(() => work(file)));
            }
            finally
            {
                pending.Writer.Complete();
            }
        });
        while (pending.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            while (pending.Reader.TryRead(out var next))
                yield return next.GetAwaiter().GetResult();
        producer.GetAwaiter().GetResult();
    }
}
