using System.Diagnostics;
using Ingest.Cli.Commands;
using Ingest.Readers.Pdf.Mutool;

namespace Ingest.Cli.Tests.BadInput;

/// <summary>
/// A PDF on which mutool never finishes: `ingest run`, as a separate process with a fake mutool first on
/// PATH, stops it at the reader's timeout, records that reason, and goes on to the next document.
/// </summary>
public sealed class MutoolHangTests : IDisposable
{
    // Short, through the variable a user would set too, so the test does not wait the default two minutes.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);

    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-hang-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_pdf_that_makes_mutool_hang_fails_at_the_timeout_and_the_run_goes_on()
    {
        if (OperatingSystem.IsWindows()) return; // a shell-script mutool needs a Unix
        var input = Path.Combine(_dir, "input");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(RepositoryPaths.Corpus, "harrow", "harrow-corporate-scorecard-q1-2023-24.pdf"), Path.Combine(input, "hangs mutool.pdf"));
        File.Copy(Path.Combine(RepositoryPaths.Corpus, "harrow", "harrow-corporate-scorecard-q2-2023-24.docx"), Path.Combine(input, "good.docx"));
        // exec, so the process mutool's caller kills is the sleeping one and no orphan holds the output pipe open.
        var bin = Directory.CreateDirectory(Path.Combine(_dir, "bin")).FullName;
        var fake = Path.Combine(bin, "mutool");
        File.WriteAllText(fake, "#!/bin/sh\nexec sleep 600\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var db = Path.Combine(_dir, "hang.db");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        // mutool is the engine under test here (PdfPig, the default, would read the file in process).
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ingest.dll"), "run", input, "--db", db, "--pdf-engine", "mutool" }) start.ArgumentList.Add(arg);
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment[MutoolOptions.TimeoutVariable] = Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        using var run = Process.Start(start)!;
        var errors = run.StandardError.ReadToEndAsync();
        _ = run.StandardOutput.ReadToEndAsync();
        var limit = Timeout + TimeSpan.FromSeconds(60);
        if (!run.WaitForExit(limit))
        {
            run.Kill(entireProcessTree: true);
            throw new TimeoutException($"ingest run still going after {limit.TotalSeconds:0} s: the mutool timeout did not fire");
        }

        run.ExitCode.Should().Be(ExitCodes.SomeFailed);
        clock.Elapsed.Should().BeGreaterThan(Timeout - TimeSpan.FromSeconds(1), "the fake mutool really hung");
        (await errors).Should().Contain($"FAILED {Path.Combine(input, "hangs mutool.pdf")}: mutool did not finish within");
        var document = CliRun.Document(db, "hangs mutool.pdf");
        document.Status.Should().Be("failed");
        document.Error.Should().StartWith("mutool did not finish within");
        document.Stored.Should().Be(0);
        CliRun.Document(db, "good.docx").Status.Should().Be("ok");
    }
}
