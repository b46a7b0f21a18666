using System.Diagnostics;
using Ingest.Store;

namespace Ingest.Cli.Tests;

/// <summary>
/// A run killed with SIGKILL part-way, then run again, ends with exactly the rows of an uninterrupted run:
/// each document is one transaction, and the re-run skips what was already loaded.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ResumeAfterKillTests : IDisposable
{
    private const int Copies = 30;
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-kill-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Killing_a_run_and_running_again_gives_the_rows_of_an_uninterrupted_run()
    {
        var input = Path.Combine(_dir, "input");
        MakeDistinctCopies(input);
        var interrupted = Path.Combine(_dir, "interrupted.db");
        var clean = Path.Combine(_dir, "clean.db");

        using (var run = StartRun(input, interrupted))
        {
            WaitUntil(() => LoadedDocuments(interrupted) >= 3 || run.HasExited, TimeSpan.FromSeconds(60));
            run.HasExited.Should().BeFalse("the run must still be going when it is killed, or the test proves nothing");
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }
        LoadedDocuments(interrupted).Should().BeLessThan(Copies);

        Program.Main(["run", input, "--db", interrupted]).Should().Be(0);
        Program.Main(["run", input, "--db", clean]).Should().Be(0);

        ObservationExport.Rows(interrupted).Select(r => string.Join("|", r))
            .Should().Equal(ObservationExport.Rows(clean).Select(r => string.Join("|", r)));
        LoadedDocuments(interrupted).Should().Be(Copies);
    }

    // Same content, different bytes: a zip comment changes the file's hash but not what Word reads.
    private static void MakeDistinctCopies(string folder)
    {
        Directory.CreateDirectory(folder);
        var source = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "harrow", "harrow-corporate-scorecard-q1-2023-24.docx"));
        for (var i = 0; i < Copies; i++)
        {
            var comment = System.Text.Encoding.ASCII.GetBytes($"copy {i:000}");
            var bytes = (byte[])source.Clone();
            // The end-of-central-directory record is the last 22 bytes when there is no comment yet.
            var eocd = bytes.Length - 22;
            BitConverter.ToUInt32(bytes, eocd).Should().Be(0x06054b50u, "the corpus file ends with a bare EOCD record");
            bytes[eocd + 20] = (byte)comment.Length;
            File.WriteAllBytes(Path.Combine(folder, $"scorecard-{i:000}.docx"), [.. bytes, .. comment]);
        }
    }

    private static Process StartRun(string input, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ingest.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "run", input, "--db", db, "--workers", "1" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long LoadedDocuments(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            return long.Parse(ReadOnlyQuery.Run(db, "select count(*) from document where status = 'ok'").Rows[0][0]!,
                System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (QueryException)
        {
            return 0; // not created yet
        }
    }

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < timeout) Thread.Sleep(20);
    }
}
