using System.CommandLine;
using Ingest.Cli.Commands;

namespace Ingest.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("ingest: performance-indicator scorecards from council reports into one dataset")
        {
            RunCommand.Create(),
            ExtractCommand.Create(),
            EvalCommand.Create(),
            QueryCommand.Create(),
            ExportCommand.Create(),
            TablesCommand.Create(),
            BenchCommand.Create(),
            IndicatorsCommand.Create(), CompareCommand.Create(), TrendCommand.Create(),
            CheckCommand.Create(),
            ReviewCommand.Create(),
            EnqueueCommand.Create(), WorkerCommand.Create(), StatusCommand.Create(),
        };
        // Spectre assumes 80 columns when output goes to a file or pipe; summaries read better wider.
        if (Console.IsOutputRedirected)
        {
            Spectre.Console.AnsiConsole.Profile.Width = 160;
            Spectre.Console.AnsiConsole.Profile.Capabilities.Ansi = false;
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("see 'ingest --help'");
            return ExitCodes.Usage;
        }
        return parse.Invoke();
    }
}
