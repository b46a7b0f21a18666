using Ingest.Core.Pipeline;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Mutool;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

[RequiresMutool]
public sealed class MutoolTraceSourceTests : PageContentSourceContract
{
    protected override IPageContentSource CreateSource() => new MutoolTraceSource();

    [Fact]
    public void A_missing_mutool_is_named_with_the_package_to_install()
    {
        var path = Files.Write("a.pdf", new TinyPdf().Also(p => p.Page().Text(50, 50, "x")).Build());
        var source = new MutoolTraceSource(new MutoolOptions(Executable: "/nonexistent/mutool"));
        var act = () => source.Read(path, null, default).ToList();
        act.Should().Throw<DocumentException>()
            .WithMessage("mutool not found: install the Debian package mupdf-tools (make setup)");
    }

    [Fact]
    public void A_run_over_its_time_is_stopped_with_its_children()
    {
        var path = Files.Write("a.pdf", new TinyPdf().Also(p => p.Page().Text(50, 50, "x")).Build());
        var marker = Files.PathOf("child.pid");
        // A stand-in for a mutool that hangs: it starts a child that would outlive a plain kill.
        var script = Files.PathOf("slow-mutool");
        File.WriteAllText(script, $"#!/bin/sh\nsleep 30 &\necho $! > {marker}\nwait\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var source = new MutoolTraceSource(new MutoolOptions(script, TimeSpan.FromSeconds(1)));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var act = () => source.Read(path, null, default).ToList();
        act.Should().Throw<DocumentException>().WithMessage("mutool did not finish within 1 s*");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
        var child = int.Parse(File.ReadAllText(marker).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        IsRunning(child).Should().BeFalse("the whole process tree is killed");
    }

    /// <summary>Alive and not a zombie waiting for a parent that is gone to reap it.</summary>
    private static bool IsRunning(int pid)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat)) return false;
            var state = File.ReadAllText(stat).Split(')')[^1].Trim().Split(' ')[0];
            if (state is "Z" or "X") return false;
            Thread.Sleep(100);
        }
        return true;
    }
}
