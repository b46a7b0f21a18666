using System.Diagnostics;

namespace Ingest.Cli.Tests;

/// <summary>
/// A digital PDF needs nothing but .NET: `ingest extract` as its own process, with a PATH on which no
/// mutool can be found, writes the same CSV as the MuPDF engine does.
/// </summary>
public sealed class PdfWithoutMutoolTests
{
    [RequiresMutoolTheory]
    [InlineData("harrow", "harrow-corporate-scorecard-q1-2023-24.pdf")]
    [InlineData("havering", "havering-os-board-performance-q1-2017-18.pdf")]
    public void Extract_without_mutool_on_the_path_gives_the_same_csv_as_mutool(string council, string name)
    {
        var path = Path.Combine(RepositoryPaths.Corpus, council, name);

        var withoutMutool = Extract(path, pathVariable: "/nonexistent");
        var withMutool = Extract(path, pathVariable: Environment.GetEnvironmentVariable("PATH") ?? "", "--pdf-engine", "mutool");

        withoutMutool.Errors.Should().BeEmpty();
        withoutMutool.Csv.Split('\n').Length.Should().BeGreaterThan(10, "the scorecard's observations are written");
        withoutMutool.Csv.Should().Be(withMutool.Csv);
    }

    private static (string Csv, string Errors) Extract(string path, string pathVariable, params string[] more)
    {
        // The running dotnet by its full path, so that a PATH without system tools still starts it.
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "/usr/bin/dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ingest.dll"), "extract", path }.Concat(more)) start.ArgumentList.Add(arg);
        start.Environment["PATH"] = pathVariable;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        process.ExitCode.Should().Be(0, errors.Result);
        return (output.Result, errors.Result);
    }
}
