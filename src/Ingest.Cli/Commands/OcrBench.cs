using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Ingest.Pipeline;
using Ingest.Readers.Pdf.Ocr;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest bench --ocr PATH...`: what a scanned page costs ingest, against one plain Tesseract run over the same
/// page pictures in the same run (the floor: OCR cannot be cheaper than reading each page once). Ingest reads the
/// scans twice, one page at a time and then as many pages at once as there are cores, so that the report shows both
/// the cost a page (CPU) and whether pages read side by side slow each other down (wall time a page).
/// </summary>
public static class OcrBench
{
    /// <summary>The resolution ingest draws scanned pages at (<see cref="TesseractOptions.Dpi"/>): the baseline reads the same pictures.</summary>
    private static readonly int Dpi = new TesseractOptions().Dpi;

    public static int Run(IReadOnlyList<string> files, string? rules, TextWriter output)
    {
        var pdfs = files.Where(f => string.Equals(Path.GetExtension(f), ".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        if (pdfs.Count == 0)
        {
            Console.Error.WriteLine("no PDFs to measure: give scanned PDFs");
            return ExitCodes.Usage;
        }
        var report = Measure(pdfs, rules);
        if (report is null)
        {
            Console.Error.WriteLine("none of the PDFs has a page without a text layer: nothing was read with OCR");
            return ExitCodes.Usage;
        }
        Write(report, output);
        return ExitCodes.Ok;
    }

    /// <summary>Measures the PDFs' scanned pages; null when none was read with OCR.</summary>
    public static OcrBenchReport? Measure(IReadOnlyList<string> pdfs, string? rules)
    {
        var cores = Math.Max(1, Environment.ProcessorCount);

        var aloneTimes = new ConcurrentBag<(string Document, int Page, TimeSpan Time)>();
        var alone = new IngestPipelineBuilder().UseRules(rules).UseOcrParallel(1).UseOcrProgress(new Times(aloneTimes)).Build();
        // Warm-up, not measured: the first document also pays for JIT and loading the rules, which a backfill pays once.
        alone.Process(pdfs[0]);
        aloneTimes.Clear();
        var (aloneWall, aloneCpu) = Clock(() => { foreach (var pdf in pdfs) alone.Process(pdf); });
        var scanned = aloneTimes.Select(t => (Path: pdfs.First(p => Path.GetFileName(p) == t.Document), t.Page)).Distinct().ToList();
        if (scanned.Count == 0) return null;

        using var folder = new TempFolder();
        var pictures = new List<string>();
        var (drawWall, drawCpu) = Clock(() =>
        {
            foreach (var (path, page) in scanned)
            {
                var picture = Path.Combine(folder.Path, $"{pictures.Count:D4}.ppm");
                Tool("mutool", ["draw", "-q", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-c", "rgb", "-o", picture,
                    Path.GetFullPath(path), page.ToString(CultureInfo.InvariantCulture)]);
                pictures.Add(picture);
            }
        });
        // One thread, as ingest runs Tesseract: a page's CPU time is then comparable, and OpenMP's spinning
        // threads would add CPU that does no reading.
        var (tesseractWall, tesseractCpu) = Clock(() =>
        {
            foreach (var picture in pictures)
                Tool("tesseract", [picture, "-", "--dpi", Dpi.ToString(CultureInfo.InvariantCulture), "-l", "eng", "tsv"], limitThreads: true);
        });

        // The same runs a page a core at once: how much pages slow each other on this machine by sharing it at all
        // (memory, caches, other work), the yardstick for ingest's own pages read side by side.
        var tesseractTimes = new ConcurrentBag<double>();
        var (tesseractTogetherWall, tesseractTogetherCpu) = Clock(() =>
            Parallel.ForEach(pictures, new ParallelOptions { MaxDegreeOfParallelism = cores }, picture =>
            {
                var clock = Stopwatch.StartNew();
                Tool("tesseract", [picture, "-", "--dpi", Dpi.ToString(CultureInfo.InvariantCulture), "-l", "eng", "tsv"], limitThreads: true);
                tesseractTimes.Add(clock.Elapsed.TotalSeconds);
            }));
        var tesseractAlone = Row("one plain tesseract run a page (baseline)", scanned.Count, tesseractWall, tesseractCpu, tesseractWall.TotalSeconds / scanned.Count);

        var togetherTimes = new ConcurrentBag<(string Document, int Page, TimeSpan Time)>();
        var together = new IngestPipelineBuilder().UseRules(rules).UseOcrParallel(cores).UseOcrProgress(new Times(togetherTimes)).Build();
        var (togetherWall, togetherCpu) = Clock(() =>
            Parallel.ForEach(pdfs, new ParallelOptions { MaxDegreeOfParallelism = cores }, pdf => together.Process(pdf)));

        var pages = scanned.Count;
        return new OcrBenchReport(cores, pdfs.Count, pages,
            Draw: Row("mutool draw at the scan resolution (part of ingest's read)", pages, drawWall, drawCpu),
            Tesseract: tesseractAlone,
            TesseractTogether: Row($"plain tesseract, {cores} pages at once", pages, tesseractTogetherWall, tesseractTogetherCpu, tesseractTimes.Average()),
            Alone: Row("ingest read, one page at a time", pages, aloneWall, aloneCpu, Mean(aloneTimes)),
            Together: Row($"ingest read, {cores} pages at once on {cores} core(s)", pages, togetherWall, togetherCpu, Mean(togetherTimes)));
    }

    public static void Write(OcrBenchReport report, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"OCR cost a page ({report.Pages} scanned page(s) in {report.Documents} document(s), {report.Cores} core(s), {Dpi} dpi)");
        foreach (var column in new[] { "what", "pages", "wall s/page", "each page's own wall s", "CPU s/page", "x tesseract CPU", "x tesseract wall" })
            table.AddColumn(column);
        foreach (var row in new[] { report.Tesseract, report.TesseractTogether, report.Draw, report.Alone, report.Together })
            table.AddRow(Markup.Escape(row.What), row.Pages.ToString(CultureInfo.InvariantCulture), F(row.WallPerPage), F(row.PageLatency),
                F(row.CpuPerPage), F(Ratio(row.CpuPerPage, report.Tesseract.CpuPerPage)), F(Ratio(row.WallPerPage, report.Tesseract.WallPerPage)));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        // Written to a file or a pipe the console is 80 wide, which folds every row into a column of words.
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cores: {report.Cores}; pages: {report.Pages}; documents: {report.Documents}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU a page: ingest {F(report.Alone.CpuPerPage)} s, plain tesseract {F(report.Tesseract.CpuPerPage)} s: {F(report.CpuRatio)}x"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall a page, one at a time: ingest {F(report.Alone.WallPerPage)} s, plain tesseract {F(report.Tesseract.WallPerPage)} s: {F(report.WallRatio)}x"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"each page's own wall time, {report.Cores} at once against one alone: {F(report.Together.PageLatency)} s / {F(report.Alone.PageLatency)} s = {F(report.TogetherOverAlone)}x"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plain tesseract on this machine, {report.Cores} at once against one alone: {F(report.TesseractTogether.PageLatency)} s / {F(report.Tesseract.PageLatency)} s = {F(report.TesseractTogetherOverAlone)}x"));
    }

    private static OcrBenchRow Row(string what, int pages, TimeSpan wall, TimeSpan? cpu, double? latency = null) =>
        new(what, pages, wall.TotalSeconds / pages, cpu is { } c ? c.TotalSeconds / pages : null, latency);

    private static double? Mean(ConcurrentBag<(string Document, int Page, TimeSpan Time)> times) =>
        times.IsEmpty ? null : times.Average(t => t.Time.TotalSeconds);

    private static double? Ratio(double? value, double? baseline) => value is { } v && baseline is > 0 and var b ? v / b : null;

    private static string F(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static (TimeSpan Wall, TimeSpan? Cpu) Clock(Action work)
    {
        var cpu = CpuClock.Now();
        var clock = Stopwatch.StartNew();
        work();
        var wall = clock.Elapsed;
        return (wall, CpuClock.Now() - cpu);
    }

    private static void Tool(string program, IEnumerable<string> arguments, bool limitThreads = false)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (limitThreads) start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed: {errors.GetAwaiter().GetResult().Trim()}");
    }

    private sealed class Times(ConcurrentBag<(string Document, int Page, TimeSpan Time)> times) : IProgress<OcrProgress>
    {
        public void Report(OcrProgress value) => times.Add((value.Document, value.Page, value.PageTime));
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ingest-ocr-bench-");

        public string Path => _folder.FullName;

        public void Dispose() => _folder.Delete(recursive: true);
    }
}

/// <summary>One way of reading the scanned pages, a page.</summary>
/// <param name="WallPerPage">Wall seconds of the whole pass over the pages, divided by the pages.</param>
/// <param name="PageLatency">Mean wall seconds from a page's start to its end (ingest's own OCR of it).</param>
/// <param name="CpuPerPage">CPU seconds of this process and its tools a page; null where they cannot be read.</param>
public sealed record OcrBenchRow(string What, int Pages, double WallPerPage, double? CpuPerPage, double? PageLatency);

/// <summary>What `ingest bench --ocr` measured.</summary>
public sealed record OcrBenchReport(int Cores, int Documents, int Pages, OcrBenchRow Draw, OcrBenchRow Tesseract, OcrBenchRow TesseractTogether,
    OcrBenchRow Alone, OcrBenchRow Together)
{
    /// <summary>Ingest's CPU a page over one plain Tesseract run's.</summary>
    public double? CpuRatio => Alone.CpuPerPage / Tesseract.CpuPerPage;

    /// <summary>Ingest's wall time a page, one page at a time, over one plain Tesseract run's.</summary>
    public double WallRatio => Alone.WallPerPage / Tesseract.WallPerPage;

    /// <summary>A page's own wall time with a page a core at once, over a page's alone: above 1, pages slow each other down.</summary>
    public double? TogetherOverAlone => Together.PageLatency / Alone.PageLatency;

    /// <summary>The same for plain tesseract: what running side by side costs on this machine, whatever runs.</summary>
    public double? TesseractTogetherOverAlone => TesseractTogether.PageLatency / Tesseract.PageLatency;
}
