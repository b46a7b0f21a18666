using System.Diagnostics;
using System.Globalization;
using Ingest.Cli.Commands;
using Ingest.Store;

namespace Ingest.Cli.Tests.Legacy;

/// <summary>
/// LibreOffice is optional: without it a .doc fails alone with the package to install, and the rest of
/// the run loads. The run is a child process whose INGEST_SOFFICE points nowhere, so the tests that run
/// beside it in this process (the corpus gold test reads the committed .doc files) keep the real one.
/// </summary>
public sealed class LegacyWithoutLibreOfficeTests : IDisposable
{
    private const string Doc = "harrow-corporate-scorecard-q1-2023-24.doc";
    private const string Docx = "harrow-corporate-scorecard-q2-2023-24.docx";

    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-legacy-").FullName;
    private string Db => Path.Combine(_dir, "test.db");
    private string Input => Path.Combine(_dir, "input");

    public LegacyWithoutLibreOfficeTests()
    {
        Directory.CreateDirectory(Input);
        foreach (var name in new[] { Doc, Docx })
            File.Copy(Path.Combine(RepositoryPaths.Corpus, "harrow", name), Path.Combine(Input, name));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_doc_without_libreoffice_fails_in_one_line_naming_the_package_and_the_others_load()
    {
        var (exit, errors, output) = RunWithSoffice(Path.Combine(_dir, "no-such-dir", "soffice"));

        exit.Should().Be(ExitCodes.SomeFailed, output);
        errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle(errors)
            .Which.Should().Contain(Doc).And.EndWith(
                ": LibreOffice is needed for .doc files: install the Debian package libreoffice-writer-nogui (make setup-full)");
        (errors + output).Should().NotContain("   at ", "a failure is one line, not a stack trace");
        Query("select error from document where status = 'failed'").Should().Equal(
            "LibreOffice is needed for .doc files: install the Debian package libreoffice-writer-nogui (make setup-full)");
        Query("select file_name from document where status = 'failed'").Should().Equal(Doc);
        long.Parse(Query("select count(*) from observation o join document d on d.id = o.document_id where d.file_name = '" + Docx + "'")[0],
            CultureInfo.InvariantCulture).Should().BeGreaterThan(100, "the Word document beside it still loads");
    }

    private List<string> Query(string sql) => ReadOnlyQuery.Run(Db, sql).Rows.Select(r => r[0]!).ToList();

    private (int Exit, string Errors, string Output) RunWithSoffice(string soffice)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ingest.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "run", Input, "--db", Db, "--workers", "1" }) start.ArgumentList.Add(arg);
        start.Environment["INGEST_SOFFICE"] = soffice;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(3)).Should().BeTrue("the run must finish");
        return (process.ExitCode, stderr.Result.Replace("\r", ""), stdout.Result);
    }
}
