using Ingest.Testing.ModernGov;

namespace Ingest.Fetch.Tests;

/// <summary>The fake site misbehaving as real sites and their firewalls do; retries are milliseconds apart here.</summary>
public sealed class ResilienceTests : IDisposable
{
    private readonly FetchHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static readonly byte[] Pdf = "%PDF-1.7\n% a scorecard\n"u8.ToArray();

    private static FakeModernGovSite SiteWith(params FakeDocument[] documents) =>
        new(new FakeMeeting(4002, new(2023, 7, 20), "Confirmed", documents.Select(d => new FakeAgendaItem("Corporate Performance Report", d)).ToArray()));

    private FetchOutcome Only(FetchReport report, int id) => report.Outcomes.Single(o => o.Document?.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [RequiresModernGovFixturesFact]
    public void A_503_burst_is_retried_and_succeeds()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf, Misbehaviour.ServiceUnavailable, Times: 3));

        var report = _harness.Fetch(site);

        Only(report, 1).Status.Should().Be(FetchStatus.Fetched, Only(report, 1).Reason);
        site.DocumentRequests(1).Should().Be(4);
        _harness.Progress.Notes.Count(n => n.Contains("HTTP 503", StringComparison.Ordinal)).Should().Be(3);
    }

    [RequiresModernGovFixturesFact]
    public void A_dropped_connection_is_retried_and_succeeds()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf, Misbehaviour.DropConnection, Times: 2));

        var report = _harness.Fetch(site);

        Only(report, 1).Status.Should().Be(FetchStatus.Fetched, Only(report, 1).Reason);
        site.DocumentRequests(1).Should().Be(3);
        File.ReadAllBytes(Path.Combine(_harness.Output, Only(report, 1).File!)).Should().Equal(Pdf);
    }

    [RequiresModernGovFixturesFact]
    public void A_response_slower_than_the_timeout_is_retried_and_succeeds()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf, Misbehaviour.Slow));

        var report = _harness.Fetch(site, FetchHarness.Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });

        Only(report, 1).Status.Should().Be(FetchStatus.Fetched, Only(report, 1).Reason);
        site.DocumentRequests(1).Should().Be(2);
        _harness.Progress.Notes.Should().Contain(n => n.Contains("TimeoutRejected", StringComparison.Ordinal));
    }

    [RequiresModernGovFixturesFact]
    public void A_challenge_page_is_reported_as_blocked_and_not_saved()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf, Misbehaviour.Challenge), new FakeDocument(2, "Scorecard appendix", Pdf));

        var report = _harness.Fetch(site);

        var blocked = Only(report, 1);
        blocked.Status.Should().Be(FetchStatus.Blocked);
        blocked.Reason.Should().Contain("challenge page").And.Contain("Just a moment");
        site.DocumentRequests(1).Should().Be(1, "a challenge is not cured by asking again");
        Only(report, 2).Status.Should().Be(FetchStatus.Fetched, "the others are fetched");
        _harness.SavedFiles().Should().ContainSingle();
        report.AnyProblems.Should().BeTrue();
    }

    [RequiresModernGovFixturesFact]
    public void An_html_error_page_instead_of_a_document_fails_with_that_reason()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf, Misbehaviour.HtmlError));

        var report = _harness.Fetch(site);

        Only(report, 1).Status.Should().Be(FetchStatus.Failed);
        Only(report, 1).Reason.Should().Be("an HTML page instead of a document titled \"Runtime Error\"");
        _harness.SavedFiles().Should().BeEmpty();
    }

    [RequiresModernGovFixturesFact]
    public void A_restricted_document_is_skipped_without_being_asked_for()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard (exempt)", Pdf, Misbehaviour.Restricted));

        var report = _harness.Fetch(site);

        Only(report, 1).Status.Should().Be(FetchStatus.Skipped);
        Only(report, 1).Reason.Should().StartWith("restricted");
        site.DocumentRequests(1).Should().Be(0);
        report.AnyProblems.Should().BeFalse();
    }

    [RequiresModernGovFixturesFact]
    public void A_redirect_loop_fails_with_that_reason_and_is_not_retried()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf, Misbehaviour.RedirectLoop));

        var report = _harness.Fetch(site, FetchHarness.Fast with { MaxRedirects = 3 });

        Only(report, 1).Status.Should().Be(FetchStatus.Failed);
        Only(report, 1).Reason.Should().StartWith("redirect loop");
        site.DocumentRequests(1).Should().Be(4, "the first request and three redirects, once");
    }

    [RequiresModernGovFixturesFact]
    public void A_host_that_keeps_failing_opens_its_circuit_and_later_documents_fail_without_a_request()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf, Misbehaviour.AlwaysDown), new FakeDocument(2, "Scorecard appendix", Pdf));
        var options = FetchHarness.Fast with { MaxRetries = 2, BreakerMinimumThroughput = 3, BreakerFailureRatio = 0.5 };

        var report = _harness.Fetch(site, options);

        Only(report, 1).Status.Should().Be(FetchStatus.Failed);
        Only(report, 2).Status.Should().Be(FetchStatus.Failed);
        Only(report, 2).Reason.Should().Contain("circuit open");
        site.DocumentRequests(2).Should().Be(0, "an open circuit leaves the host alone");
    }

    [RequiresModernGovFixturesFact]
    public void A_challenge_page_for_an_agenda_blocks_that_meeting_and_the_others_go_on()
    {
        using var site = new FakeModernGovSite(
            new FakeMeeting(4002, new(2023, 7, 20), "Confirmed", new FakeAgendaItem("Scorecard", new FakeDocument(1, "Scorecard", Pdf))),
            new FakeMeeting(4003, new(2023, 10, 19), "Confirmed", new FakeAgendaItem("Scorecard", new FakeDocument(2, "Scorecard", "%PDF-1.7 q2"u8.ToArray()))))
        {
            ChallengeMeeting = 4002,
        };

        var report = _harness.Fetch(site);

        report.Outcomes.Should().ContainSingle(o => o.Status == FetchStatus.Blocked && o.Subject == "the agenda of Audit Committee 2023-07-20");
        Only(report, 2).Status.Should().Be(FetchStatus.Fetched);
    }

    [RequiresModernGovFixturesFact]
    public void Requests_to_one_host_never_overlap_and_are_spaced_by_the_interval()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf), new FakeDocument(2, "Scorecard 2", "%PDF-1.7 2"u8.ToArray()),
            new FakeDocument(3, "Scorecard 3", "%PDF-1.7 3"u8.ToArray()));
        var interval = TimeSpan.FromMilliseconds(100);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        _harness.Fetch(site, FetchHarness.Fast with { MinInterval = interval });

        site.MaxInFlight.Should().Be(1);
        // Six requests (committees, meetings, the agenda, three documents) at least an interval apart.
        site.Requests.Should().HaveCount(6);
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(interval * 5);
    }

    [RequiresModernGovFixturesFact]
    public void Every_request_says_who_is_asking_and_how_to_reach_them()
    {
        using var site = SiteWith(new FakeDocument(1, "Scorecard", Pdf));

        _harness.Fetch(site);

        site.UserAgents.Should().NotBeEmpty().And.OnlyContain(ua => ua != null && ua.StartsWith("ingest-fetch/", StringComparison.Ordinal) && ua.Contains("contact: tests@example.org", StringComparison.Ordinal));
    }
}
