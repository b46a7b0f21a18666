using Ingest.Cli.Commands;
using Ingest.Testing.ModernGov;
using Ingest.Store;

namespace Ingest.Cli.Tests.Fetch;

/// <summary>`ingest fetch moderngov` from the fake site, then `ingest run` on what it saved: the scorecards load.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FetchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-fetch-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Papers => Path.Combine(_dir, "papers", "harrow");

    private string Db => Path.Combine(_dir, "scorecards.db");

    private long Count(string sql) => long.Parse(ReadOnlyQuery.Run(Db, sql).Rows[0][0]!, System.Globalization.CultureInfo.InvariantCulture);

    private static FakeModernGovSite Site() => new(
        new FakeMeeting(4002, new(2023, 9, 14), "Confirmed",
            new FakeAgendaItem("Minutes", new FakeDocument(2001, "Minutes", "%PDF-1.4 minutes"u8.ToArray())),
            new FakeAgendaItem("Quarter 1 Corporate Scorecard", FakeDocument.FromCorpus(1001, "Corporate Scorecard Q1 2023/24", "harrow/harrow-corporate-scorecard-q1-2023-24.docx"))),
        new FakeMeeting(4003, new(2023, 12, 14), "Confirmed",
            new FakeAgendaItem("Corporate Performance", FakeDocument.FromCorpus(1002, "Appendix 1", "harrow/harrow-corporate-scorecard-q2-2023-24.docx")),
            new FakeAgendaItem("Exempt item", new FakeDocument(1009, "Scorecard (exempt)", "%PDF-1.4 x"u8.ToArray(), Misbehaviour.Restricted))));

    private string[] Fetch(FakeModernGovSite site) =>
    [
        "fetch", "moderngov", site.BaseUrl, "--committee", "Audit Committee", "--from", "2023-04-01", "--to", "2024-03-31",
        "--out", Papers, "--interval", "0", "--retry-delay", "0.001", "--contact", "tests@example.org",
    ];

    [RequiresModernGovFixturesFact]
    public void Fetching_then_running_on_the_folder_loads_the_scorecards()
    {
        using var site = Site();

        Program.Main(Fetch(site)).Should().Be(ExitCodes.Ok);
        Directory.GetFiles(Papers, "*.docx").Should().HaveCount(2);
        File.Exists(Path.Combine(Papers, "manifest.csv")).Should().BeTrue();

        Program.Main(["run", Papers, "--db", Db]).Should().Be(ExitCodes.Ok);

        Count("select count(*) from document where status = 'ok'").Should().Be(2);
        Count("select count(*) from observation where council = 'harrow'").Should().BeGreaterThan(200);
    }

    [RequiresModernGovFixturesFact]
    public void A_second_fetch_downloads_nothing_and_a_blocked_document_makes_the_exit_code_one()
    {
        using var site = Site();
        Program.Main(Fetch(site)).Should().Be(ExitCodes.Ok);
        Program.Main(Fetch(site)).Should().Be(ExitCodes.Ok);
        site.AllDocumentRequests.Should().Be(2);

        using var blocking = new FakeModernGovSite(new FakeMeeting(4002, new(2023, 9, 14), "Confirmed",
            new FakeAgendaItem("Scorecard", new FakeDocument(1, "Scorecard", "%PDF-1.4"u8.ToArray(), Misbehaviour.Challenge))));
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        int exit;
        try { exit = Program.Main(Fetch(blocking)); }
        finally { Console.SetError(original); }

        exit.Should().Be(ExitCodes.SomeFailed);
        errors.ToString().Should().Contain("BLOCKED Scorecard: a challenge page").And.NotContain("   at ");
    }

    [RequiresModernGovFixturesFact]
    public void An_unknown_committee_is_a_usage_error_in_one_line()
    {
        using var site = Site();
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        int exit;
        try { exit = Program.Main(["fetch", "moderngov", site.BaseUrl, "--committee", "Cabinet", "--out", Papers, "--interval", "0", "--contact", "tests@example.org"]); }
        finally { Console.SetError(original); }

        exit.Should().Be(ExitCodes.Usage);
        errors.ToString().Trim().Should().StartWith("error: no committee titled \"Cabinet\"").And.NotContain("   at ");
    }
}
