using System.Globalization;
using Ingest.Cli.Commands;
using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Store;

namespace Ingest.Cli.Tests.Checks;

/// <summary>`ingest check` over a database loaded from corpus/checks, and findings stored with their document.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-check-").FullName;
    private string Db => Path.Combine(_dir, "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private long Count(string sql) => long.Parse(ReadOnlyQuery.Run(Db, sql).Rows[0][0]!, CultureInfo.InvariantCulture);

    private (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try { return (Program.Main(args), output.ToString()); }
        finally { Console.SetOut(original); }
    }

    [Fact]
    public void Check_stores_and_prints_the_dataset_findings_and_replaces_them_when_run_again()
    {
        Program.Main(["run", Path.Combine(RepositoryPaths.Corpus, "checks"), "--db", Db]).Should().Be(ExitCodes.Ok);

        var (exit, csv) = Run("check", "--db", Db, "--format", "csv");
        exit.Should().Be(ExitCodes.Ok);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("check,severity,council,indicator_key,period,document,table,row,message");
        lines.Should().Contain(l => l.StartsWith("value-jump,warning,harrow,residents-rating-their-local-park-good-or-very-good,Q3 2023/24,", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("direction-of-travel,warning,harrow,missed-bin-collections-per-100-000-collections,Q3 2023/24,", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("silent-revision,warning,harrow,number-of-households-helped-to-avoid-homelessness,Q2 2023/24,", StringComparison.Ordinal));
        var stored = Count("select count(*) from finding where document_id is null");
        stored.Should().Be(3);

        Run("check", "--db", Db).Exit.Should().Be(ExitCodes.Ok);
        Count("select count(*) from finding where document_id is null").Should().Be(stored, "a re-run replaces the earlier dataset findings");

        var (_, only) = Run("check", "--db", Db, "--check", "value-jump", "--format", "csv");
        only.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Should().OnlyContain(l => l.StartsWith("value-jump,", StringComparison.Ordinal));
        Count("select count(*) from finding where document_id is null").Should().Be(stored, "--check replaces only that check's findings");
    }

    [Fact]
    public void Check_without_a_database_fails_with_a_reason() =>
        Run("check", "--db", Path.Combine(_dir, "missing.db")).Exit.Should().Be(ExitCodes.SomeFailed);

    [Fact]
    public void A_documents_findings_are_saved_with_it_and_replaced_with_it()
    {
        var source = new DocumentSource("/x/report.docx", "report.docx", new string('a', 64), 10, "docx");
        var finding = new Finding("rag-vs-values", FindingSeverity.Error, "stated green, but ...", "harrow", "pct-of-planning-appeals-allowed",
            "Q2 2023/24", "report.docx", 1, 4);
        var load = new DocumentLoad(source, "harrow", null, "Q2 2023/24", 1, [], DocumentTimings.Zero, Findings: [finding]);
        using (var store = SqliteObservationStore.Open(Db))
        {
            store.SaveDocument(load);
            store.SaveDocument(load);
        }
        Count("select count(*) from finding where document_id is not null and check_name = 'rag-vs-values' and \"row\" = 4 and severity = 'error'")
            .Should().Be(1, "loading the same content again replaces its findings");

        var (_, csv) = Run("check", "--db", Db, "--format", "csv");
        csv.Should().Contain("rag-vs-values,error,harrow,pct-of-planning-appeals-allowed,Q2 2023/24,report.docx,1,4,");
    }
}
