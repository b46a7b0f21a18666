using Ingest.Fetch.Manifest;
using Ingest.Testing.ModernGov;

namespace Ingest.Fetch.Tests;

/// <summary>A year's backfill from a fake ModernGov site shaped like Manchester's real replies.</summary>
public sealed class ModernGovBackfillTests : IDisposable
{
    private readonly FetchHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static readonly FakeDocument Q1 = FakeDocument.FromCorpus(1001, "Corporate Scorecard Q1 2023/24", "harrow/harrow-corporate-scorecard-q1-2023-24.docx");
    private static readonly FakeDocument Q2 = FakeDocument.FromCorpus(1002, "Appendix A", "harrow/harrow-corporate-scorecard-q2-2023-24.pdf");
    private static readonly FakeDocument Q3 = FakeDocument.FromCorpus(1003, "Q3 KPIs &amp; Scorecard", "harrow/harrow-corporate-scorecard-q3-2023-24.docx");
    private static readonly FakeDocument Minutes = new(2001, "Minutes of the previous meeting", "%PDF-1.4 minutes"u8.ToArray());
    private static readonly FakeDocument WorkProgramme = new(2002, "DRAFT WP FEBRUARY 2026", "%PDF-1.4 work programme"u8.ToArray());

    /// <summary>Three meetings in the year, one before it, one after it, one cancelled; Q1 is linked from two items.</summary>
    private static FakeModernGovSite Site() => new(
        new FakeMeeting(4001, new(2023, 3, 15), "Confirmed", new FakeAgendaItem("Performance Report", FakeDocument.FromCorpus(1000, "Scorecard Q4 2022/23", "harrow/harrow-corporate-scorecard-q4-2023-24.docx"))),
        new FakeMeeting(4002, new(2023, 7, 20), "Confirmed",
            new FakeAgendaItem("Minutes", Minutes),
            new FakeAgendaItem("Quarter 1 Corporate Scorecard", Q1),
            new FakeAgendaItem("Work Programme", WorkProgramme)),
        new FakeMeeting(4003, new(2023, 10, 19), "Confirmed",
            new FakeAgendaItem("Quarterly Performance Report", Q2),
            new FakeAgendaItem("Scorecard: matters arising", Q1)),
        new FakeMeeting(4004, new(2024, 1, 13), "Cancelled"),
        new FakeMeeting(4005, new(2024, 2, 8), "Confirmed", new FakeAgendaItem("Performance", Q3)),
        new FakeMeeting(4006, new(2024, 6, 1), "Confirmed", new FakeAgendaItem("Performance Report", FakeDocument.FromCorpus(1006, "Scorecard Q1 2024/25", "harrow/harrow-corporate-scorecard-q1-2024-25.docx"))));

    [RequiresModernGovFixturesFact]
    public void A_backfill_fetches_each_performance_document_once_and_a_second_run_fetches_nothing()
    {
        using var site = Site();

        var first = _harness.Fetch(site);

        first.Outcomes.Where(o => o.Status == FetchStatus.Fetched).Select(o => o.Document!.Id).Should().BeEquivalentTo(["1001", "1002", "1003"]);
        site.DocumentRequests(1001).Should().Be(1, "a document linked from two agenda items is fetched once");
        site.DocumentRequests(1002).Should().Be(1);
        site.DocumentRequests(1003).Should().Be(1);
        site.AllDocumentRequests.Should().Be(3, "minutes and the work programme are not performance reporting");
        first.AnyProblems.Should().BeFalse();
        _harness.SavedFiles().Should().HaveCount(3);

        var second = _harness.Fetch(site);

        site.AllDocumentRequests.Should().Be(3, "the second run fetches nothing");
        second.Count(FetchStatus.Fetched).Should().Be(0);
        second.Outcomes.Where(o => o.Status == FetchStatus.AlreadyFetched).Select(o => o.Document!.Id).Should().BeEquivalentTo(["1001", "1002", "1003"]);
        _harness.SavedFiles().Should().HaveCount(3);
    }

    [RequiresModernGovFixturesFact]
    public void Meetings_outside_the_dates_are_left_out_though_the_site_ignores_the_date_filter()
    {
        using var site = Site();

        var report = _harness.Fetch(site);

        site.Requests.Should().Contain(r => r.Contains("GetMeetings?lCommitteeId=144&sFromDate=01/04/2023&sToDate=31/03/2024", StringComparison.Ordinal),
            "the filter is sent in the service's dd/mm/yyyy form");
        site.Requests.Should().NotContain(r => r.EndsWith("lMeetingId=4001", StringComparison.Ordinal) || r.EndsWith("lMeetingId=4006", StringComparison.Ordinal));
        site.Requests.Should().NotContain(r => r.EndsWith("lMeetingId=4004", StringComparison.Ordinal), "a cancelled meeting has no papers");
        site.DocumentRequests(1000).Should().Be(0);
        site.DocumentRequests(1006).Should().Be(0);
        report.Meetings.Should().Be(4);
        _harness.Progress.Meetings.Should().Equal("4002 2023-07-20 3 1", "4003 2023-10-19 2 2", "4004 2024-01-13 0 0", "4005 2024-02-08 1 1");
    }

    [RequiresModernGovFixturesFact]
    public void Documents_served_without_an_extension_are_saved_under_their_sniffed_type()
    {
        using var site = Site();

        _harness.Fetch(site);

        _harness.SavedFiles().Should().Equal(
            "2023-07-20-audit-committee-1001-corporate-scorecard-q1-2023-24.docx",
            "2023-10-19-audit-committee-1002-appendix-a.pdf",
            "2024-02-08-audit-committee-1003-q3-kpis-scorecard.docx");
    }

    [RequiresModernGovFixturesFact]
    public void The_manifest_records_where_each_document_came_from_and_its_hash()
    {
        using var site = Site();

        _harness.Fetch(site);

        var entries = new ManifestFile(_harness.Output).Read();
        entries.Should().HaveCount(3);
        var q3 = entries.Single(e => e.Url.EndsWith("ID=1003", StringComparison.Ordinal));
        q3.Council.Should().Be("manchester");
        q3.Committee.Should().Be("Audit Committee");
        q3.MeetingDate.Should().Be(new DateOnly(2024, 2, 8));
        q3.AgendaItem.Should().Be("1. Performance");
        q3.DocumentTitle.Should().Be("Q3 KPIs & Scorecard", "the double-escaped title is decoded");
        q3.Url.Should().Be($"{site.BaseUrl}mgConvert2PDF.aspx?ID=1003");
        q3.ContentType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        q3.ETag.Should().Be("\"doc-1003\"");
        q3.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_harness.Output, q3.File)))));
    }

    [RequiresModernGovFixturesFact]
    public void A_saved_file_that_was_deleted_is_fetched_again()
    {
        using var site = Site();
        _harness.Fetch(site);
        File.Delete(Path.Combine(_harness.Output, "2023-10-19-audit-committee-1002-appendix-a.pdf"));

        var again = _harness.Fetch(site);

        again.Outcomes.Where(o => o.Status == FetchStatus.Fetched).Select(o => o.Document!.Id).Should().Equal("1002");
        site.DocumentRequests(1002).Should().Be(2);
        _harness.SavedFiles().Should().HaveCount(3);
    }

    [RequiresModernGovFixturesFact]
    public void The_same_content_at_two_addresses_is_saved_once_and_recorded_twice()
    {
        var body = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "harrow/harrow-corporate-scorecard-q1-2023-24.docx"));
        using var site = new FakeModernGovSite(
            new FakeMeeting(5001, new(2023, 7, 20), "Confirmed", new FakeAgendaItem("Scorecard", new FakeDocument(3001, "Scorecard", body))),
            new FakeMeeting(5002, new(2023, 9, 20), "Confirmed", new FakeAgendaItem("Scorecard (re-published)", new FakeDocument(3002, "Scorecard", body))));

        var report = _harness.Fetch(site);

        _harness.SavedFiles().Should().HaveCount(1);
        report.Outcomes.Should().ContainSingle(o => o.Status == FetchStatus.Skipped && o.Reason!.StartsWith("same content as", StringComparison.Ordinal));
        new ManifestFile(_harness.Output).Read().Select(e => e.File).Distinct().Should().HaveCount(1);
        new ManifestFile(_harness.Output).Read().Should().HaveCount(2);
    }

    [RequiresModernGovFixturesFact]
    public void Revalidating_asks_with_the_etag_and_a_not_modified_answer_downloads_nothing_new()
    {
        using var site = Site();
        _harness.Fetch(site);

        var again = _harness.Fetch(site, revalidate: true);

        site.DocumentRequests(1001).Should().Be(2, "revalidation asks the server again");
        again.Count(FetchStatus.Fetched).Should().Be(0);
        again.Count(FetchStatus.AlreadyFetched).Should().Be(3);
        new ManifestFile(_harness.Output).Read().Should().HaveCount(3);
    }

    [RequiresModernGovFixturesFact]
    public void All_takes_every_document_not_only_performance_reporting()
    {
        using var site = Site();

        var report = _harness.Fetch(site, all: true);

        report.Count(FetchStatus.Fetched).Should().Be(5);
        site.DocumentRequests(2001).Should().Be(1);
    }

    [RequiresModernGovFixturesFact]
    public void A_committee_title_that_arrives_double_escaped_is_found_by_its_plain_name_in_the_soap_form()
    {
        using var site = new FakeModernGovSite() { SoapCommittees = true };

        var report = _harness.Fetch(site, committee: "Overview & Scrutiny Committee");

        report.Committees.Should().Equal("Overview & Scrutiny Committee");
        site.Requests.Should().Contain(r => r.Contains("lCommitteeId=200", StringComparison.Ordinal));
    }

    [RequiresModernGovFixturesFact]
    public void An_unknown_committee_is_an_error_naming_the_sites_committees()
    {
        using var site = new FakeModernGovSite();

        var act = () => _harness.Fetch(site, committee: "Cabinet");

        act.Should().Throw<CommitteeNotFoundException>().WithMessage("*Cabinet*Art Galleries Committee; Audit Committee*");
    }
}
