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
            FetchCommand.Create(),
            ServeCommand.Create(),
            EnqueueCommand.Create(), WorkerCommand.Create(), StatusCommand.Create(),
        };
        // One engine for every command that reads PDFs: the readers take it from the environment, as
        // worker processes started by this one do.
        var pdfEngine = new Option<string?>("--pdf-engine")
        {
            Description = $"engine for digital PDFs: pdfpig (default, in process) or mutool (MuPDF); or set {Ingest.Readers.Pdf.PdfEngineOptions.EngineVariable}",
            Recursive = true,
        };
        pdfEngine.Validators.Add(result =>
        {
            try
            {
                Ingest.Readers.Pdf.PdfEngineOptions.ParseEngine(result.GetValueOrDefault<string?>());
            }
            catch (ArgumentException e)
            {
                result.AddError(e.Message);
            }
        });
        root.Options.Add(pdfEngine);
        // Spectre assumes 80 columns when output goes to a file or pipe; summaries read better wider.
        if (Console.IsOutputRedirected)
        {
            Spectre.Console.AnsiConsole.Profile.Width = 160;
            Spectre.Console.AnsiConsole.Profile.Capabilities.Ansi = false;
        }
        if (Environment.GetEnvironmentVariable(Ingest.Readers.Pdf.PdfEngineOptions.EngineVariable) is { } named)
        {
            try
            {
                Ingest.Readers.Pdf.PdfEngineOptions.ParseEngine(named);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"error: {Ingest.Readers.Pdf.PdfEngineOptions.EngineVariable}: {e.Message}");
                return ExitCodes.Usage;
            }
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("see 'ingest --help'");
            return ExitCodes.Usage;
        }
        if (parse.GetValue(pdfEngine) is { } engine) Environment.SetEnvironmentVariable(Ingest.Readers.Pdf.PdfEngineOptions.EngineVariable, engine);
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (InvalidDataException e)
        {
            // A rules file or the linker model that cannot be read: the message names the file and the fix.
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        catch (Exception e)
        {
            // Anything else is a defect: reported in full, as the command line library did.
            Console.Error.WriteLine($"Unhandled exception: {e}");
            return ExitCodes.SomeFailed;
        }
    }
}
