namespace Ingest.Readers.Html.Tests;

public sealed class HtmlContextTests
{
    [Fact]
    public void Context_is_the_last_six_text_blocks_before_the_table_nearest_last()
    {
        var content = Page.ReadBody("""
            <h1>O&amp;S Board Performance Report: Quarter One 2017/18</h1>
            <p>1. Introduction</p>
            <p>2. Background</p>
            <div>3. Summary</div>
            <ul><li>Bigger is better</li><li>Smaller is better</li></ul>
            <h2>2017-18 Corporate Performance Indicator</h2>
            <table><tr><td>RAG Rating</td><td>GREEN</td></tr></table>
            <p>Towns and Communities</p>
            <table><tr><td>Sub-committee</td><td>Indicator and Description</td></tr></table>
            <table><tr><td>Crime &amp; Disorder</td></tr></table>
            """);

        // Seven blocks precede the first table: the heading is the one that falls out of the window.
        content.Tables[0].Context.Should().Equal(
            "1. Introduction", "2. Background", "3. Summary", "Bigger is better", "Smaller is better",
            "2017-18 Corporate Performance Indicator");
        content.Tables[1].Context.Should().Equal("Towns and Communities");
        content.Tables[2].Context.Should().BeEmpty();
    }

    [Fact]
    public void The_window_holds_at_most_six_blocks()
    {
        var content = Page.ReadBody("""
            <p>Date of Meeting: 24 January 2024</p><p>Subject: Q2 2023-24 Corporate Performance Report</p>
            <p>Key Decision: No</p><p>Responsible Officer: Alex Dewsnap</p><p>Portfolio Holder: Councillor Paul Osborn</p>
            <p>Exempt: No</p><p>Decision subject to Call-in: Yes</p>
            <table><tr><td>Wards affected</td><td>All</td></tr></table>
            """);

        content.Tables[0].Context.Should().HaveCount(6);
        content.Tables[0].Context[0].Should().Be("Subject: Q2 2023-24 Corporate Performance Report");
        content.Tables[0].Context[^1].Should().Be("Decision subject to Call-in: Yes");
    }

    [Fact]
    public void The_title_is_apart_and_paragraphs_are_the_text_outside_tables_in_order()
    {
        var content = Page.Read(Page.Html(
            head: "<title>  Cabinet - Wednesday 24 January 2024\n - Harrow Council </title>",
            body: """
                <h1>Appendix 2 - Corporate Scorecard 2023-24</h1>
                <p>Reporting <em>Q1 2023/24</em>.</p>
                <table><tr><td>Indicator Description</td></tr><tr><td>Complaints answered within timescale</td></tr></table>
                <p>Key to RAG</p>
                Text straight in the body
                """));

        content.Title.Should().Be("Cabinet - Wednesday 24 January 2024 - Harrow Council");
        content.Paragraphs.Should().Equal(
            "Appendix 2 - Corporate Scorecard 2023-24",
            "Reporting Q1 2023/24.",
            "Key to RAG",
            "Text straight in the body");
    }

    [Fact]
    public void A_page_without_a_title_has_none()
    {
        var content = Page.Read("<p>Corporate Scorecard</p>");
        content.Title.Should().BeNull();
        content.Paragraphs.Should().Equal("Corporate Scorecard");
    }

    [Fact]
    public void Navigation_chrome_of_a_committee_website_stays_out_of_context_and_paragraphs()
    {
        var content = Page.Read(Page.Html(
            head: "<title>Agenda item - Corporate Scorecard Q1 2023/24 - Harrow Council</title>",
            body: """
                <div id="cookie-banner"><p>We use cookies to make this site work.</p><button>Accept all cookies</button></div>
                <a class="skip-link" href="#content">Skip to main content</a>
                <header><div class="logo">London Borough of Harrow</div><form><input name="q"></form></header>
                <nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li></ul></nav>
                <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/meetings">Meetings</a> &gt; Cabinet 2023/24</div>
                <div id="main-menu"><p>Committees</p><p>Councillors</p></div>
                <ul role="navigation"><li>Browse meetings</li></ul>
                <main id="content">
                  <article>
                    <header><h1>Agenda item: Corporate Scorecard Q1 2023/24</h1></header>
                    <p>Appendix 2 - Corporate Scorecard 2023-24</p>
                    <table>
                      <tr><th>Indicator Description</th><th>Target Q1 2023/24</th><th>Actual Q1 2023/24</th><th>RAG</th></tr>
                      <tr><td>% of customer calls successfully answered (&gt;90% answered)</td><td>90%</td><td>95%</td><td>GREEN</td></tr>
                    </table>
                    <footer><p>Report author: Policy Team</p></footer>
                  </article>
                  <aside><h2>Related documents</h2><p>Cabinet minutes 2023/24</p></aside>
                </main>
                <footer><p>© 2024 Harrow Council</p><p>Accessibility statement</p></footer>
                """));

        var table = content.Tables.Should().ContainSingle().Subject;
        table.Context.Should().Equal("Agenda item: Corporate Scorecard Q1 2023/24", "Appendix 2 - Corporate Scorecard 2023-24");
        table.TextAt(1, 3).Should().Be("GREEN");
        content.Title.Should().Be("Agenda item - Corporate Scorecard Q1 2023/24 - Harrow Council");
        content.Paragraphs.Should().Equal(
            "Agenda item: Corporate Scorecard Q1 2023/24",
            "Appendix 2 - Corporate Scorecard 2023-24",
            "Report author: Policy Team");
    }

    [Fact]
    public void A_content_wrapper_whose_class_mentions_navigation_is_still_content()
    {
        var content = Page.ReadBody("""
            <div class="page-with-subnav">
              <h1>O&amp;S Board Performance Report</h1>
              <table><tr><td>% of housing repairs completed within target</td><td>99% GREEN</td></tr></table>
            </div>
            """);

        content.Tables[0].Context.Should().Equal("O&S Board Performance Report");
    }

    [Fact]
    public void A_table_inside_chrome_is_still_listed_for_the_extractor_to_judge()
    {
        var content = Page.ReadBody("""
            <nav><table><tr><td>Home</td><td>Meetings</td></tr></table></nav>
            <p>Corporate Scorecard</p>
            <table><tr><td>Indicator</td></tr></table>
            """);

        content.Tables.Select(t => t.Index).Should().Equal(1, 2);
        content.Tables[0].TextAt(0, 1).Should().Be("Meetings");
        content.Tables[1].Context.Should().Equal("Corporate Scorecard");
    }

    [Fact]
    public void A_layout_table_wrapping_the_page_is_listed_and_the_report_table_in_it_gets_its_cell_text_as_context()
    {
        var content = Page.ReadBody("""
            <table width="100%"><tr><td>
              <h1>Havering O&amp;S Board</h1>
              <p>Performance Report: Quarter One 2017/18</p>
              <table border="1"><tr><td>% of Stage 1 complaints closed within 15 days</td><td>Bigger is better</td><td>83% RED</td></tr></table>
            </td></tr></table>
            """);

        content.Tables.Select(t => t.Index).Should().Equal(1, 2);
        content.Tables[0].TextAt(0, 0).Should().Be("Havering O&S Board Performance Report: Quarter One 2017/18");
        content.Tables[1].Context.Should().Equal("Havering O&S Board", "Performance Report: Quarter One 2017/18");
        content.Tables[1].TextAt(0, 2).Should().Be("83% RED");
    }
}
