using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Cli.Processing;
using Ingest.Store;
using Ingest.Store.Postgres;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest bench --backfill DIR`: the whole of `ingest run` over a backfill folder into a fresh database,
/// once per worker count, each in a fresh process (so every pass pays start-up and JIT, as a real run
/// does, and no pass inherits another's warm caches), reporting documents, pages and observations per
/// second, CPU time (mutool's included), peak memory, the time split by stage and the scaling from one
/// worker to N.
/// </summary>
public static partial class BackfillBench
{
    public sealed record Pass(int Workers, int Documents, int Failed, long Observations, int Pages, TimeSpan Wall, TimeSpan Cpu,
        TimeSpan Read, TimeSpan Extract, TimeSpan Load, long PeakBytes)
    {
        public double DocumentsPerSecond => Documents / Wall.TotalSeconds;
    }

    /// <param name="db">A PostgreSQL database: each pass runs worker processes on its queue instead of `ingest run` on SQLite.</param>
    public static int Run(string folder, IReadOnlyList<int> workerCounts, string? rules, string? db = null)
    {
        PostgresDatabase? postgres = null;
        if (db is not null)
        {
            if (QueueDatabase.Require(db, "bench --backfill --db") is not { } named) return ExitCodes.Usage;
            postgres = named;
        }
        var files = InputWalker.Expand([folder], out _);
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"no documents in {folder}");
            return ExitCodes.Usage;
        }
        // The backfill generator writes the rules that know its councils beside the documents.
        rules ??= Directory.Exists(Path.Combine(folder, "extraction-rules")) ? Path.Combine(folder, "extraction-rules") : null;
        var pages = files.Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).Sum(PdfPages);
        var scratch = Directory.CreateTempSubdirectory("ingest-bench-").FullName;
        try
        {
            // The file cache warmed, not measured, so the first pass is not charged for cold disk reads.
            foreach (var file in files) File.ReadAllBytes(file);
            var passes = workerCounts.Select(n => postgres is null
                ? Measure(files, n, pages, Path.Combine(scratch, $"workers-{n}.db"), rules)
                : BackfillBenchPostgres.Measure(postgres, files, n, pages, rules)).ToList();
            Report(folder, files.Count, passes, postgres is null ? "a fresh database" : $"a fresh schema of {postgres.Name}, by worker processes");
            return passes.Any(p => p.Failed > 0) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static Pass Measure(IReadOnlyList<string> files, int workers, int pages, string db, string? rules)
    {
        var cpuBefore = ChildrenCpuTime();
        var clock = Stopwatch.StartNew();
        var peak = Ingest(files, db, workers, rules);
        var wall = clock.Elapsed;
        var cpu = ChildrenCpuTime() - cpuBefore;
        return Tally(new SqliteDatabase(db), workers, pages, wall, cpu, peak);
    }

    /// <summary>The pass's numbers from the documents table (the same SQL on both engines).</summary>
    internal static Pass Tally(IStoreDatabase database, int workers, int pages, TimeSpan wall, TimeSpan cpu, long peak)
    {
        var row = database.Query("""
            select count(*), coalesce(sum(case when status = 'failed' then 1 else 0 end), 0), coalesce(sum(observation_count), 0),
                   coalesce(sum(read_ms), 0), coalesce(sum(extract_ms), 0), coalesce(sum(load_ms), 0)
            from document
            """).Rows[0];
        long L(int i) => long.Parse(row[i]!, CultureInfo.InvariantCulture);
        return new Pass(workers, (int)L(0), (int)L(1), L(2), pages, wall, cpu,
            TimeSpan.FromMilliseconds(L(3)), TimeSpan.FromMilliseconds(L(4)), TimeSpan.FromMilliseconds(L(5)), peak);
    }

    /// <summary>
    /// `ingest run` over the files as a child process, its output discarded; returns its peak resident
    /// memory (VmHWM, sampled until it exits).
    /// </summary>
    private static long Ingest(IEnumerable<string> files, string db, int workers, string? rules)
    {
        var args = new List<string> { "run" };
        args.AddRange(files);
        args.AddRange(["--db", db, "--workers", workers.ToString(CultureInfo.InvariantCulture)]);
        if (rules is not null) args.AddRange(["--rules", rules]);
        using var child = StartIngest(args);
        return WaitWithPeak(child);
    }

    /// <summary>This program again as a child process with <paramref name="args"/>, its output discarded.</summary>
    internal static Process StartIngest(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var child = Process.Start(start) ?? throw new InvalidOperationException("ingest could not be started");
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the child, sampling its peak resident memory (VmHWM) until it exits.</summary>
    internal static long WaitWithPeak(Process child)
    {
        var peak = 0L;
        while (!child.WaitForExit(100)) peak = Math.Max(peak, PeakResidentBytes(child.Id));
        child.WaitForExit();
        return peak;
    }

    private static void Report(string folder, int documents, IReadOnlyList<Pass> passes, string into)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"backfill: {documents} documents in {Markup.Escape(folder)}, end to end into {Markup.Escape(into)}");
        foreach (var column in new[] { "workers", "seconds", "documents/s", "pages/s", "observations/s", "CPU s", "read s", "extract s", "load s", "peak MB", "failed" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var p in passes)
            table.AddRow(p.Workers.ToString(CultureInfo.InvariantCulture), F(p.Wall.TotalSeconds, "0.0"), F(p.DocumentsPerSecond, "0.0"),
                F(p.Pages / p.Wall.TotalSeconds, "0.0"), F(p.Observations / p.Wall.TotalSeconds, "0"), F(p.Cpu.TotalSeconds, "0.0"),
                F(p.Read.TotalSeconds, "0.0"), F(p.Extract.TotalSeconds, "0.0"), F(p.Load.TotalSeconds, "0.0"),
                F(p.PeakBytes / (1024.0 * 1024), "0"), p.Failed.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"pages are PDF pages ({passes[0].Pages}); read/extract/load are summed over documents ");
        text.AppendLine(passes.Count > 0 && into.StartsWith("a fresh schema", StringComparison.Ordinal)
            ? "(they overlap across workers); each pass is N fresh `ingest worker --workers 1` processes on the queue (queueing not timed); CPU includes mutool; peak MB is the largest worker's VmHWM."
            : "(they overlap across workers); each pass is a fresh `ingest run` process; CPU includes mutool; peak MB is its VmHWM.");
        var single = passes.FirstOrDefault(p => p.Workers == 1);
        if (single is not null)
            foreach (var p in passes.Where(p => p.Workers > 1))
                text.AppendLine(CultureInfo.InvariantCulture, $"scaling 1 -> {p.Workers} workers: {p.DocumentsPerSecond / single.DocumentsPerSecond:0.00}x");
        text.Append(CultureInfo.InvariantCulture, $"load average at the end: {LoadAverage()} on {Environment.ProcessorCount} cores");
        Console.Out.WriteLine(text.ToString());
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Page objects in the file: exact for the unpacked PDFs office suites write, a floor for object streams.</summary>
    private static int PdfPages(string pdf) => PageObject().Count(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    /// <summary>CPU time of the children this process has waited for, and theirs (the run and its mutool processes).</summary>
    internal static TimeSpan ChildrenCpuTime()
    {
        try
        {
            // /proc/self/stat fields 16 and 17 (cutime, cstime) in clock ticks; the command name may hold spaces, so count after ')'.
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    internal static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone between the check and the read.
        }
        return 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
