using CorpusBuilder.Bad;
using Ingest.Cli.Commands;

namespace Ingest.Cli.Tests.BadInput;

/// <summary>
/// Issue 7's hostile inputs, each through `ingest run` beside a good report: the bad file gets one
/// specific line in the summary and in the document table, none of its rows are stored, the good report
/// still loads, and the run ends in bounded time.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class BadInputRunTests : IDisposable
{
    private const string GoodReport = "harrow-corporate-scorecard-q2-2023-24.docx";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(150);

    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-bad-").FullName;
    private string Input => Path.Combine(_dir, "input");
    private string Db => Path.Combine(_dir, "bad.db");

    public BadInputRunTests()
    {
        Directory.CreateDirectory(Input);
        File.Copy(Path.Combine(RepositoryPaths.Corpus, "harrow", GoodReport), Path.Combine(Input, GoodReport));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string> Refusals() => new()
    {
        { "empty", "the file is empty" },
        { "truncated-docx", "not a valid Word document (the file is damaged" },
        { "truncated-xlsx", "not a valid Excel workbook (the file is damaged" },
        { "truncated-pdf", "the PDF is damaged" },
        { "zip-bomb-part", "MB uncompressed is over the 200 MB limit" },
        { "zip-bomb-total", "parts add up to over 512 MB uncompressed" },
        { "xxe", "DTDs are refused, so entities are never expanded" },
        { "billion-laughs", "DTDs are refused, so entities are never expanded" },
        { "password-docx", "the document is password-protected" },
        { "wrong-extension", "this is a PDF, not a Word document" },
    };

    /// <summary>Bad files that mutool makes (it encrypts the PDF): the same test, skipped where mutool is missing.</summary>
    public static TheoryData<string, string> RefusalsMadeWithMutool() => new()
    {
        { "encrypted-pdf", "password-protected" },
    };

    [RequiresMutoolTheory]
    [MemberData(nameof(RefusalsMadeWithMutool))]
    public void A_bad_file_made_with_mutool_fails_alone_with_its_reason_and_nothing_of_it_is_stored(string @case, string reason) =>
        A_bad_file_fails_alone_with_its_reason_and_nothing_of_it_is_stored(@case, reason);

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_bad_file_fails_alone_with_its_reason_and_nothing_of_it_is_stored(string @case, string reason)
    {
        var bad = Create(@case);

        var run = CliRun.Start(Limit, "run", Input, "--db", Db, "--workers", "2");

        run.ExitCode.Should().Be(ExitCodes.SomeFailed);
        var line = run.Errors.Split('\n').Should().ContainSingle(l => l.StartsWith($"FAILED {bad}: ", StringComparison.Ordinal)).Subject;
        line.Should().Contain(reason);
        run.Errors.Should().NotContain("   at ", "a failure is one line, not a stack trace");

        var document = CliRun.Document(Db, Path.GetFileName(bad));
        document.Status.Should().Be("failed");
        document.Error.Should().Contain(reason).And.NotContain("\n");
        document.Stored.Should().Be(0, "nothing of a failed document is half-loaded");
        GoodReportLoaded();
        CliRun.Count(Db, "select count(*) from observation").Should().Be(CliRun.Document(Db, GoodReport).Stored);
    }

    [Fact]
    public void An_external_entity_is_never_resolved_into_the_dataset()
    {
        Create("xxe");
        CliRun.Start(Limit, "run", Input, "--db", Db);
        CliRun.Count(Db, "select count(*) from observation where indicator like '%SECRET%' or commentary like '%SECRET%'").Should().Be(0);
        CliRun.Count(Db, "select count(*) from document where title like '%SECRET%' or error like '%SECRET%'").Should().Be(0);
    }

    [Fact]
    public void A_file_with_spaces_quotes_and_symbols_in_its_name_loads_like_any_other()
    {
        var file = Create("unusual-name");

        var run = CliRun.Start(Limit, "run", Input, "--db", Db);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Errors);
        var document = CliRun.Document(Db, Path.GetFileName(file));
        document.Status.Should().Be("ok");
        document.Stored.Should().Be(ExpectedRows("harrow/harrow-corporate-scorecard-q3-2023-24.expected.csv"));
    }

    [Fact]
    public void A_page_with_megabytes_of_script_and_inline_data_loads_its_scorecard_only()
    {
        var file = Create("script-10mb");
        new FileInfo(file).Length.Should().BeGreaterThan(20L * 1024 * 1024);

        var run = CliRun.Start(Limit, "run", Input, "--db", Db);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Errors);
        var document = CliRun.Document(Db, Path.GetFileName(file));
        document.Status.Should().Be("ok");
        document.Stored.Should().Be(ExpectedRows("havering/havering-os-board-performance-q1-2017-18.expected.csv"));
        CliRun.Count(Db, "select count(*) from observation where commentary like '%AAAAAAAA%' or indicator like '%AAAAAAAA%'").Should().Be(0);
    }

    // 50,000 distinct indicator names all go through the catalogue's fuzzy pass: the bound is a hang guard.
    [Fact]
    public void A_spreadsheet_of_fifty_thousand_rows_loads_whole_in_sane_time()
    {
        var file = Create("rows-50000");

        var run = CliRun.Start(Limit, "run", Input, "--db", Db);

        run.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        var document = CliRun.Document(Db, Path.GetFileName(file));
        document.Status.Should().Be("ok", document.Error);
        document.Stored.Should().Be(BadInputs.ManyRows).And.Be(document.Declared);
        GoodReportLoaded();
    }

    [Theory]
    [InlineData("nested-tables-docx")]
    [InlineData("nested-tables-html")]
    public void Tables_nested_thousands_deep_neither_crash_nor_hang_the_run(string @case)
    {
        var file = Create(@case);

        var run = CliRun.Start(Limit, "run", Input, "--db", Db);

        var document = CliRun.Document(Db, Path.GetFileName(file));
        // No scorecard in it: either it loads with no rows or it is refused with one line; never half of it.
        document.Stored.Should().Be(0);
        (document.Status == "ok" || document.Error is { Length: > 0 } && !document.Error.Contains('\n')).Should().BeTrue(document.Error);
        run.Errors.Should().NotContain("   at ");
        GoodReportLoaded();
    }

    [Fact]
    public void A_symbolic_link_loop_in_the_input_folder_is_skipped_with_its_reason()
    {
        var loop = Create("symlink-loop");

        var run = CliRun.Start(TimeSpan.FromSeconds(60), "run", Input, "--db", Db);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Errors);
        run.Errors.Should().Contain($"skipped {Path.Combine(loop, "again")}: symbolic link loop")
            .And.Contain($"skipped {Path.Combine(loop, "self")}: symbolic link loop");
        CliRun.Count(Db, "select count(*) from document").Should().Be(1, "the report is found once, not once per way round the loop");
        GoodReportLoaded();
    }

    private string Create(string @case)
    {
        var input = BadInputs.All(RepositoryPaths.Corpus).Single(i => i.Case == @case);
        var path = Path.Combine(Input, input.FileName);
        input.Create(path);
        return path;
    }

    private void GoodReportLoaded()
    {
        var good = CliRun.Document(Db, GoodReport);
        good.Status.Should().Be("ok", "the run goes on past a bad file");
        good.Stored.Should().Be(ExpectedRows("harrow/" + Path.ChangeExtension(GoodReport, null) + ".expected.csv"));
    }

    private static long ExpectedRows(string expectedCsv) =>
        Evaluation.GoldComparer.ParseCsv(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, expectedCsv))).Count;
}
