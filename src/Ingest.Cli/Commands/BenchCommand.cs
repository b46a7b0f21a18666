using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ingest.Cli.Processing;
using Ingest.Pipeline;
using Ingest.Readers.Pdf;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest bench PATH...`: read + extract throughput, with `mutool trace` alone on the same PDFs in the
/// same run as the baseline (the floor this design cannot go below). Speed is reported as a ratio to
/// that baseline so machines of different speed can be compared.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "files or folders to measure", Arity = ArgumentArity.ZeroOrMore };
        var repeat = new Option<int>("--repeat") { Description = "passes over the files (the first also warms up)", DefaultValueFactory = _ => 3 };
        var rules = CommonOptions.Rules();
        var backfill = new Option<string?>("--backfill")
        {
            Description = "instead: `ingest run` end to end over this folder (e.g. from `CorpusBuilder backfill`) into a fresh database per worker count",
        };
        var workers = new Option<string?>("--workers") { Description = "with --backfill: worker counts to compare, e.g. 1,2 (default: 1 and the number of cores)" };
        var db = new Option<string?>("--db")
        {
            Description = "with --backfill: a PostgreSQL URL or connection string; each pass then runs N `ingest worker` processes " +
                          "on the queue, in a fresh schema (default: `ingest run` into a fresh SQLite file)",
        };
        var ocr = new Option<bool>("--ocr")
        {
            Description = "instead: the scanned pages of these PDFs, CPU and wall seconds a page against one plain tesseract run of the same page pictures",
        };
        var command = new Command("bench", "measure extraction speed against mutool trace alone, OCR against plain tesseract, or a whole backfill run")
        {
            paths, repeat, rules, backfill, workers, db, ocr,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(ocr))
                return parse.GetValue(paths) is { Length: > 0 } scans
                    ? OcrBench.Run(InputWalker.Expand(scans, out _), parse.GetValue(rules), Console.Out)
                    : Usage("give scanned PDFs (files or folders) to measure");
            if (parse.GetValue(backfill) is { } folder)
                return WorkerCounts(parse.GetValue(workers)) is { } counts
                    ? BackfillBench.Run(folder, counts, parse.GetValue(rules), parse.GetValue(db))
                    : Usage("--workers takes positive counts separated by commas, e.g. 1,2");
            return parse.GetValue(paths) is { Length: > 0 } given
                ? Run(given, Math.Max(1, parse.GetValue(repeat)), parse.GetValue(rules))
                : Usage("give files or folders to measure, or --backfill FOLDER");
        });
        return command;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.Usage;
    }

    private static IReadOnlyList<int>? WorkerCounts(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];
        var counts = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return null;
            counts.Add(n);
        }
        return counts.Count > 0 ? counts : null;
    }

    private static int Run(string[] paths, int repeat, string? rules)
    {
        var files = InputWalker.Expand(paths, out _);
        if (files.Count == 0)
        {
            Console.Error.WriteLine("no documents to measure");
            return ExitCodes.Usage;
        }
        var processor = new IngestPipelineBuilder().UseRules(rules).Build();
        var engines = new[] { PdfEngine.PdfPig, PdfEngine.Mutool }.ToDictionary(e => e, e => new IngestPipelineBuilder().UseRules(rules).UsePdfEngine(e).Build());
        var pdfs = files.Where(f => string.Equals(Path.GetExtension(f), ".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        // Legacy formats go through LibreOffice (seconds a file): their own row, so they do not hide the readers' speed.
        var converted = files.Where(f => LegacyExtensions.Contains(Path.GetExtension(f))).ToList();
        var others = files.Except(pdfs).Except(converted).ToList();

        // Warm-up pass: JIT and file cache, not measured.
        foreach (var file in files) processor.Process(file);
        var pages = pdfs.Sum(TracePages);

        var baseline = Time(repeat, () => { foreach (var pdf in pdfs) TracePages(pdf); });
        var pdfTimes = engines.ToDictionary(e => e.Key, e =>
        {
            foreach (var pdf in pdfs) e.Value.Process(pdf);
            return HeapPeak.During(() => Time(repeat, () => { foreach (var pdf in pdfs) e.Value.Process(pdf); }));
        });
        var otherTime = Time(repeat, () => { foreach (var file in others) processor.Process(file); });
        var convertedTime = Time(1, () => { foreach (var file in converted) processor.Process(file); });
        var observations = files.Sum(f => processor.Process(f).Result?.Observations.Count ?? 0);

        var table = new Table().Border(TableBorder.Rounded).Title($"throughput (best of {repeat} passes, one worker, {Environment.ProcessorCount} core(s) available)");
        foreach (var column in new[] { "what", "documents", "pages", "seconds", "pages/s", "documents/s", "x mutool trace", "peak managed heap MB" }) table.AddColumn(column);
        table.AddRow("mutool trace alone (PDF)", pdfs.Count.ToString(), pages.ToString(), S(baseline), Rate(pages, baseline), Rate(pdfs.Count, baseline), "1.00", "");
        foreach (var (engine, (time, heap)) in pdfTimes)
            table.AddRow($"ingest read + extract (PDF, {engine.ToString().ToLowerInvariant()})", pdfs.Count.ToString(), pages.ToString(), S(time),
                Rate(pages, time), Rate(pdfs.Count, time), Ratio(time, baseline), (heap / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture));
        table.AddRow("ingest read + extract (Word, Excel, HTML)", others.Count.ToString(), "", S(otherTime), "", Rate(others.Count, otherTime), "", "");
        if (converted.Count > 0)
            table.AddRow("ingest via LibreOffice (.doc, .rtf, .odt; one pass)", converted.Count.ToString(), "", S(convertedTime), "", Rate(converted.Count, convertedTime), "", "");
        AnsiConsole.Write(table);
        if (pdfs.Count > 0 && baseline > TimeSpan.Zero)
            foreach (var (engine, (time, _)) in pdfTimes)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"PDF extraction with {engine.ToString().ToLowerInvariant()} takes {time / baseline:0.00}x the time of mutool trace alone on the same files."));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MB; {Environment.ProcessorCount} core(s)."));
        Console.Out.WriteLine($"{observations} observations from {files.Count} documents.");
        return ExitCodes.Ok;
    }

    private static readonly HashSet<string> LegacyExtensions = new(StringComparer.OrdinalIgnoreCase) { ".doc", ".rtf", ".odt" };

    private static TimeSpan Time(int repeat, Action pass)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return best;
    }

    /// <summary>Runs mutool trace as the reader does, reading its whole output, and counts the pages.</summary>
    private static int TracePages(string pdf)
    {
        var start = new ProcessStartInfo("mutool") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "trace", pdf }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("mutool could not be started");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var pages = 0;
        while (process.StandardOutput.ReadLine() is { } line)
            if (line.StartsWith("<page ", StringComparison.Ordinal)) pages++;
        process.WaitForExit();
        return pages;
    }

    private static string Ratio(TimeSpan time, TimeSpan baseline) =>
        baseline <= TimeSpan.Zero ? "" : (time / baseline).ToString("0.00", CultureInfo.InvariantCulture);

    private static string S(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Rate(int count, TimeSpan t) =>
        t <= TimeSpan.Zero || count == 0 ? "" : (count / t.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
}
