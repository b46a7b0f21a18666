using Ingest.Cli.Commands;
using Ingest.Store;

namespace Ingest.Cli.Tests;

/// <summary>`ingest run` end to end on corpus documents, with bad input beside them.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-run-").FullName;
    private string Db => Path.Combine(_dir, "test.db");
    private string Input => Path.Combine(_dir, "input");

    public RunCommandTests()
    {
        Directory.CreateDirectory(Input);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "harrow"), "*.docx"))
            File.Copy(file, Path.Combine(Input, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private long Count(string sql) => long.Parse(ReadOnlyQuery.Run(Db, sql).Rows[0][0]!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Running_twice_loads_the_same_rows_once()
    {
        Program.Main(["run", Input, "--db", Db]).Should().Be(ExitCodes.Ok);
        var first = Count("select count(*) from observation");
        first.Should().BeGreaterThan(200);

        var actions = Count("select count(*) from action");
        var expectedActions = Directory.EnumerateFiles(Input, "*.docx")
            .Select(f => Path.Combine(RepositoryPaths.Corpus, "harrow", Path.GetFileNameWithoutExtension(f) + ".expected-actions.csv"))
            .Where(File.Exists)
            .Sum(f => File.ReadAllLines(f).Length - 1);
        actions.Should().Be(expectedActions).And.BeGreaterThan(0, "the strategic reports list flagship actions");

        Program.Main(["run", Input, "--db", Db]).Should().Be(ExitCodes.Ok);
        Count("select count(*) from observation").Should().Be(first);
        Count("select count(*) from action").Should().Be(actions);
        Count("select count(*) from document").Should().Be(Directory.GetFiles(Input).Length);
    }

    [Fact]
    public void A_corrupt_document_fails_alone_with_its_reason_and_the_others_load()
    {
        File.WriteAllBytes(Path.Combine(Input, "corrupt.docx"), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x13]);
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int exit;
        try { exit = Program.Main(["run", Input, "--db", Db]); }
        finally { Console.SetError(original); }

        exit.Should().Be(ExitCodes.SomeFailed);
        error.ToString().Should().Contain("corrupt.docx").And.NotContain("   at ", "a failure is one line, not a stack trace");
        Count("select count(*) from document where status = 'failed'").Should().Be(1);
        Count("select count(*) from observation o join document d on d.id = o.document_id where d.file_name = 'corrupt.docx'").Should().Be(0);
        Count("select count(*) from observation").Should().BeGreaterThan(200);
    }

    [Fact]
    public void Usage_errors_exit_with_two() =>
        Program.Main(["run", "--no-such-option"]).Should().Be(ExitCodes.Usage);

    [Fact]
    public void Query_cannot_change_the_data()
    {
        Program.Main(["run", Input, "--db", Db]).Should().Be(ExitCodes.Ok);
        var before = Count("select count(*) from observation");
        Program.Main(["query", "delete from observation", "--db", Db]).Should().Be(ExitCodes.SomeFailed);
        Count("select count(*) from observation").Should().Be(before);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
