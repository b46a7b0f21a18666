namespace Ingest.Fetch.Tests;

/// <summary>extraction-rules/fetch.yaml as shipped: which real-looking paper titles are performance reporting.</summary>
public sealed class FetchRulesTests
{
    [Theory]
    [InlineData("Corporate Scorecard Q1 2023/24", "")]
    [InlineData("Appendix A", "Quarterly Performance Report")]
    [InlineData("Q3 KPIs", "Budget")]
    [InlineData("Overview and Scrutiny Board performance report", "")]
    [InlineData("Council Plan Monitoring Q2", "")]
    public void Performance_papers_are_chosen(string title, string agendaItem) =>
        FetchHarness.Rules.PerformancePhrase(title, agendaItem).Should().NotBeNull();

    [Theory]
    [InlineData("6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025", "Minutes")]
    [InlineData("DRAFT WP FEBRUARY 2026", "Work Programme")]
    [InlineData("Minutes of the Overview and Scrutiny meeting", "Minutes")]
    [InlineData("Outperformance of the pension fund", "Treasury")]
    public void Other_papers_are_not(string title, string agendaItem) =>
        FetchHarness.Rules.PerformancePhrase(title, agendaItem).Should().BeNull();

    [Fact]
    public void A_challenge_page_is_told_by_its_words() =>
        FetchHarness.Rules.ChallengeMarker("<html><title>Just a moment...</title>"u8).Should().Be("just a moment");
}
