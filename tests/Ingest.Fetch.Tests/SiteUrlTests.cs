using Ingest.Fetch.Committees;

namespace Ingest.Fetch.Tests;

public sealed class SiteUrlTests
{
    [Theory]
    [InlineData("https://democracy.example.gov.uk", "https://democracy.example.gov.uk/")]
    [InlineData("https://democracy.example.gov.uk/mgWebService.asmx", "https://democracy.example.gov.uk/")]
    [InlineData("https://www.example.gov.uk/moderngov/mgCalendarMonthView.aspx?GL=1", "https://www.example.gov.uk/moderngov/")]
    public void A_site_address_is_cut_back_to_its_folder(string typed, string expected) =>
        SiteUrl.Parse(typed).AbsoluteUri.Should().Be(expected);

    [Theory]
    [InlineData("democracy.example.gov.uk")]
    [InlineData("ftp://example.gov.uk/")]
    public void Something_that_is_not_a_web_address_is_refused(string typed) =>
        FluentActions.Invoking(() => SiteUrl.Parse(typed)).Should().Throw<ArgumentException>().WithMessage("not a web address*");

    [Fact]
    public void An_http_link_on_an_https_site_is_moved_to_https() =>
        SiteUrl.Link(new Uri("https://democracy.example.gov.uk/"), "http://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60860")!
            .AbsoluteUri.Should().Be("https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60860");

    [Fact]
    public void An_http_link_to_another_host_is_left_alone() =>
        SiteUrl.Link(new Uri("https://democracy.example.gov.uk/"), "http://files.example.org/a.pdf")!
            .AbsoluteUri.Should().Be("http://files.example.org/a.pdf");

    [Fact]
    public void A_relative_link_is_made_absolute_against_the_site() =>
        SiteUrl.Link(new Uri("https://www.example.gov.uk/moderngov/"), "documents/s123/Scorecard.pdf")!
            .AbsoluteUri.Should().Be("https://www.example.gov.uk/moderngov/documents/s123/Scorecard.pdf");
}
